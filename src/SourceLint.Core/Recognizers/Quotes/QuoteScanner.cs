using System.Buffers;
using SourceLint.Core.Analysis;
using SourceLint.Core.Text;

namespace SourceLint.Core.Recognizers.Quotes;

/// <summary>
/// Finds direct quotations in a paragraph: “curly”, "straight" and British ‘single’/'single' quotes,
/// telling a single quote mark from an apostrophe (Mali’s, soldiers’) by what stands on each side.
/// A paragraph that opens a quote and never closes it continues into the next paragraph.
/// </summary>
public static class QuoteScanner
{
    /// <summary>The marks a quote can open with: the scan jumps from one to the next (a vectorized search) instead of testing every character.</summary>
    private static readonly SearchValues<char> OpeningMarks = SearchValues.Create("“\"‘'");

    public static List<Quote> Scan(string text, bool continuesFromPreviousParagraph)
    {
        var quotes = new List<Quote>();
        int n = text.Length;
        int i = 0;
        while (i < n)
        {
            int next = text.AsSpan(i).IndexOfAny(OpeningMarks);
            if (next < 0) break;
            i += next;
            char c = text[i];
            char close;
            bool single = false;
            if (c == '“') close = '”';
            else if (c == '"' && OpensHere(text, i)) close = '"';
            else if ((c == '‘' || c == '\'') && OpensHere(text, i) && i + 1 < n && char.IsLetterOrDigit(text[i + 1]) && !IsElidedYear(text, i)) { close = c == '‘' ? '’' : '\''; single = true; }
            else { i++; continue; }

            int end = FindClose(text, i + 1, close, single);
            if (end < 0)
            {
                if (single) { i++; continue; } // an unmatched single mark is an apostrophe or a stray
                // An unclosed double quote: the quote runs to the end of the paragraph.
                var open = Make(text, i, n, closed: false);
                if (open is not null) { open.ContinuesToNextParagraph = true; quotes.Add(open); }
                break;
            }
            var quote = Make(text, i, end + 1, closed: true);
            if (quote is not null) quotes.Add(quote);
            i = end + 1;
        }
        if (continuesFromPreviousParagraph && quotes.Count > 0 && quotes[0].Span.Start == 0) quotes[0].ContinuesPreviousParagraph = true;
        foreach (var q in quotes) q.IsTitleOrTerm = IsTitleOrTerm(text, q);
        return quotes;
    }

    /// <summary>
    /// An apostrophe for the century's digits, not a quote: "the 1970s and '80s". Only the decade's form: "‘20 years ago we
    /// had nothing’" opens a quote, and a lone "the class of '98" finds no close anyway.
    /// </summary>
    private static bool IsElidedYear(string text, int i) =>
        i + 3 < text.Length && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && text[i + 3] == 's'
        && (i + 4 >= text.Length || !char.IsLetterOrDigit(text[i + 4]));

    /// <summary>An opening mark stands after a space, a bracket, a dash or the start, and before a non-space.</summary>
    private static bool OpensHere(string text, int i)
    {
        if (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) return false;
        if (i == 0) return true;
        char before = text[i - 1];
        return char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or ':' or '/' or '“' or '‘';
    }

    private static int FindClose(string text, int from, char close, bool single)
    {
        // Only the marks the loop below acts on can close the quote (every other character falls through all its
        // tests), so it jumps from one to the next with a vectorized search instead of testing every character.
        var marks = ClosingCandidates(close, single);
        for (int j = from; j < text.Length; j++)
        {
            int next = text.AsSpan(j).IndexOfAny(marks);
            if (next < 0) break;
            j += next;
            char c = text[j];
            if (single)
            {
                // A closing single mark is followed by a non-letter; inside a word it is an apostrophe.
                if ((c == close || (close == '’' && c == '\'')) && (j + 1 >= text.Length || !char.IsLetterOrDigit(text[j + 1])) && j > from && !char.IsWhiteSpace(text[j - 1]))
                {
                    // "soldiers’ families": a plural possessive, not a close, when a lower-case word follows a space.
                    // But a name in title case closes there: "the newly formed 'All Golds' rugby league side".
                    if (j + 2 < text.Length && text[j + 1] == ' ' && char.IsLower(text[j + 2]) && text[j - 1] == 's' && HasLaterClose(text, j + 1, close)
                        && !IsTitleCaseName(text, from, j)) continue;
                    return j;
                }
            }
            else if (c == close)
            {
                // A straight mark after a space and before a word opens the next paragraph of the same
                // quotation (paragraphs run together: '… Greg. "I would have loved …'), it does not close it.
                if (close == '"' && j > from && char.IsWhiteSpace(text[j - 1]) && j + 1 < text.Length && char.IsLetterOrDigit(text[j + 1])
                    && j >= 2 && text[j - 2] is '.' or '!' or '?')
                    continue;
                return j;
            }
            // Mixed marks, a slip common in published copy: '"…,” said X' (straight open, curly close) and
            // '“…,“ he said' (curly close typed the wrong way round). Placed like a close, they close.
            else if (((close == '"' && c == '”') || (close == '”' && c == '“')) && ClosesHere(text, j)) return j;
            // And the other way round, '“…," she said': a straight mark right after the quote's own closing punctuation. (After a
            // word it may be a straight quote inside the curly one, '“He said "no" to me”', so it does not close there.)
            else if (close == '”' && c == '"' && ClosesHere(text, j) && text[j - 1] is ',' or '.' or '?' or '!') return j;
            else if (close == '"' && c == '“') return -1;
        }
        return -1;
    }

    private static readonly SearchValues<char> SingleCurlyCandidates = SearchValues.Create("’'");
    private static readonly SearchValues<char> SingleStraightCandidates = SearchValues.Create("'");
    private static readonly SearchValues<char> DoubleStraightCandidates = SearchValues.Create("\"”“");
    private static readonly SearchValues<char> DoubleCurlyCandidates = SearchValues.Create("”“\"");

    /// <summary>
    /// The characters <see cref="FindClose"/> does anything with for a quote closed by <paramref name="close"/>: the
    /// closing mark, a straight apostrophe for a curly single quote (typed in its place), and for a double quote
    /// the other marks of a mixed pair (curly for a straight quote, straight for a curly one).
    /// </summary>
    private static SearchValues<char> ClosingCandidates(char close, bool single) => (close, single) switch
    {
        ('’', true) => SingleCurlyCandidates,
        (_, true) => SingleStraightCandidates, // close is '\''
        ('"', false) => DoubleStraightCandidates,
        _ => DoubleCurlyCandidates, // close is '”'
    };

    /// <summary>Two to four words between <paramref name="from"/> and <paramref name="to"/>, each capitalised: a name ("All Golds").</summary>
    private static bool IsTitleCaseName(string text, int from, int to)
    {
        int words = 0;
        for (int k = from; k < to; k++)
        {
            if (text[k] == ' ') continue;
            if (k > from && text[k - 1] != ' ') { if (!char.IsLetter(text[k])) return false; continue; }
            if (!char.IsUpper(text[k])) return false;
            words++;
        }
        return words is >= 2 and <= 4;
    }

    /// <summary>A mark placed like a closing one: after a non-space, before a space, punctuation or the end.</summary>
    private static bool ClosesHere(string text, int j) =>
        j > 0 && !char.IsWhiteSpace(text[j - 1]) && (j + 1 >= text.Length || char.IsWhiteSpace(text[j + 1]) || text[j + 1] is ',' or '.' or ';' or ':' or ')' or '?' or '!');

    private static bool HasLaterClose(string text, int from, char close)
    {
        for (int j = from; j < text.Length; j++)
            if ((text[j] == close || (close == '’' && text[j] == '\'')) && (j + 1 >= text.Length || !char.IsLetterOrDigit(text[j + 1]))) return true;
        return false;
    }

    private static readonly string[] TermIntroducers =
    [
        "so-called", "dubbed", "known as", "nicknamed", "titled", "entitled", "the term", "the phrase", "the word",
        "the slogan", "the motto", "the hashtag", "branded", "labelled", "labeled", "named", "a term", "the name",
        "the words", "the line", "the headline", "the caption", "the title", "the tagline", "the catchphrase", "subject line",
    ];

    /// <summary>Introducers of a name, which may take an article before it: "known as the “capital of the revolution”".</summary>
    private static readonly string[] NameIntroducers = ["known as", "nicknamed", "dubbed"];

    /// <summary>
    /// Nouns for a work or a piece of text that name what the quote marks hold when they stand right before
    /// it: "the study “Whose Desk Is It Anyway”", "his new book, “Rivers of Slate,”".
    /// </summary>
    private static readonly HashSet<string> WorkNouns = new(StringComparer.Ordinal)
    {
        "book", "novel", "album", "single", "song", "film", "movie", "documentary", "play", "musical", "series", "programme",
        "program", "sitcom", "drama", "poem", "memoir", "essay", "study", "exhibition", "opera", "track", "anthem", "show",
        "commentary", "column", "op-ed", "editorial", "article", "podcast", "episode",
    };

    /// <summary>
    /// Nouns that a quoted phrase can modify, as a name: "the “Shop Local First” campaign", "gave “protected
    /// food name” status". Words used as a label, not anybody's statement.
    /// </summary>
    private static readonly HashSet<string> KindNouns = new(StringComparer.Ordinal)
    {
        "campaign", "campaigns", "status", "slogan", "policy", "policies", "clause", "clauses", "rule", "rules", "label",
        "scheme", "schemes", "programme", "program", "initiative", "strategy", "doctrine", "agenda", "approach", "tax",
        "law", "plan", "poster", "posters", "advert", "adverts", "ad", "ads", "brand", "category", "designation",
        "award", "prize", "mantra", "movement", "project", "option", "button", "feature", "mode", "package", "tour",
        "festival", "zone", "era", "model", "rally", "rallies", "protest", "protests", "petition", "pledge", "list",
        "system", "principle", "test", "bill", "act", "message", "messages", "manifesto", "tagline", "sign", "signs",
    };

    /// <summary>
    /// A title of a work ("Nine Days Underground", in title case) or a defined term ("so-called 'buy now,
    /// pay later'") is not a quotation of anyone's words.
    /// </summary>
    /// <remarks>Read in place, without strings: this runs for every quote, and cutting the text before it and
    /// splitting the quote into words made a string per word.</remarks>
    private static bool IsTitleOrTerm(string text, Quote q)
    {
        int from = Math.Max(0, q.Span.Start - 24);
        // "used the words, “…”": a comma may stand between the introducer and the quote.
        var before = text.AsSpan(from, q.Span.Start - from).TrimEnd().TrimEnd(',').TrimEnd();
        Span<char> lower = stackalloc char[before.Length];
        AsciiCasing.ToLowerInvariant(before, lower);
        // An article may stand between the introducer and the name: "dubbed the “Iron Lady”", "known as the “…”".
        ReadOnlySpan<char> beforeArticle = lower;
        foreach (var article in (ReadOnlySpan<string>)[" the", " a", " an"])
            if (EndsWith(beforeArticle, article)) { beforeArticle = beforeArticle[..^article.Length]; break; }
        foreach (var intro in TermIntroducers)
            if (EndsWith(lower, intro)) return true;
        // (Only before a name: "branded a “dangerous and useless product”" is somebody's verdict, to attribute.)
        foreach (var intro in NameIntroducers)
            if (beforeArticle.Length < lower.Length && EndsWith(beforeArticle, intro)) return true;
        var inner = q.InnerText.AsSpan().Trim();
        // A paragraph that is nothing but a short quotation in title case is a subheading, headline convention:
        // "'All Bets Are Off.'", "'Legend in the Coal Fields.'" between the sections of a feature.
        if (inner.Length > 1 && inner[^1] == '.' && q.Span.Start == 0 && text.AsSpan(q.Span.End).IsWhiteSpace()
            && IsTitleCase(inner[..^1], trailingMark: false))
            return true;
        if (inner.Length == 0 || inner[^1] is ';' or ':') return false;
        // American style also puts the point that ends the sentence inside: 'on "The Late Show with Stephen Colbert."'. A
        // title there must close the sentence, and is held to the test of a title with a mark of its own (below).
        if (inner[^1] == '.' && !ClosesSentence(text, q.Span.End)) return false;
        // A title keeps its own "!" or "?" ("Oh Brother, Not Again!"), and American style puts the comma
        // that follows a title inside its marks ("the film “Nine Days Underground,” which …").
        bool trailingMark = inner[^1] is ',' or '!' or '?' or '.';
        if (WorkNounBefore(text, q.Span.Start, out bool comma) && (!comma || !char.IsLower(inner[0]))) return true;
        if (!trailingMark && !q.ContinuesToNextParagraph && KindNounAfter(text, q.Span.End)) return true;
        return IsTitleCase(inner, trailingMark);
    }

    /// <summary>Only spaces (and the paragraph's end) follow the quote, or another sentence begins: the quote closes its sentence.</summary>
    private static bool ClosesSentence(string text, int end)
    {
        int k = end;
        while (k < text.Length && text[k] == ' ') k++;
        return k >= text.Length || char.IsUpper(text[k]) || text[k] is '"' or '“' or '\'' or '‘' or '\n' or '\r';
    }

    /// <summary>
    /// An ordinal <c>EndsWith</c> that compares the last character first: every quote is tested against some thirty
    /// introducers and articles, nearly all of which differ there (the full comparison for each was a third of the
    /// quote scanner's work).
    /// </summary>
    private static bool EndsWith(ReadOnlySpan<char> text, string suffix) =>
        text.Length >= suffix.Length && text[^1] == suffix[^1] && text.EndsWith(suffix, StringComparison.Ordinal);

    /// <summary>
    /// The words of <paramref name="inner"/> (separated by spaces or no-break spaces; only those starting with a
    /// letter or digit count) are 2 to 10, the first capitalised or a number, and each capitalised, a number, at
    /// most three letters or a preposition title case leaves in lower case. With a mark at its end, short words alone ("Yes, we can,") make a sentence, not a title:
    /// a later word must then be a number or a capitalised word of more than three letters.
    /// </summary>
    private static bool IsTitleCase(ReadOnlySpan<char> inner, bool trailingMark)
    {
        int count = 0;
        bool firstOk = false, allTitle = true, laterLong = false;
        int k = 0;
        while (k < inner.Length)
        {
            if (inner[k] is ' ' or '\u00a0') { k++; continue; }
            int start = k;
            while (k < inner.Length && inner[k] is not (' ' or '\u00a0')) k++;
            var word = inner[start..k];
            char c = word[0];
            if (!char.IsLetterOrDigit(c)) continue;
            if (count++ == 0) firstOk = char.IsUpper(c) || char.IsDigit(c);
            else if (char.IsDigit(c) || (char.IsUpper(c) && word.TrimEnd(",!?").Length > 3)) laterLong = true;
            if (!(char.IsUpper(c) || char.IsDigit(c) || word.Length <= 3 || IsLowerCaseTitleWord(word))) allTitle = false;
        }
        return count >= 2 && count <= 10 && firstOk && allTitle && (!trailingMark || laterLong);
    }

    /// <summary>
    /// Prepositions of four letters that title case keeps in lower case as it keeps "of" and "the": "Photographs and
    /// Prints from the University Collection", "Dancing with the Stars".
    /// </summary>
    private static bool IsLowerCaseTitleWord(ReadOnlySpan<char> word) =>
        word is "from" or "with" or "into" or "onto" or "upon" or "over";

    /// <summary>The word before the opening mark (a comma may stand between) is a work noun: "the film “…”", "book, “…”".</summary>
    private static bool WorkNounBefore(string text, int open, out bool comma)
    {
        int k = open - 1;
        while (k >= 0 && text[k] == ' ') k--;
        comma = k >= 0 && text[k] == ',';
        if (comma) k--;
        int end = k + 1;
        while (k >= 0 && char.IsLetter(text[k])) k--;
        return end - k > 1 && WorkNouns.Contains(text[(k + 1)..end].ToLowerInvariant());
    }

    /// <summary>A lower-case kind noun right after the closing mark and a space: "“Shop Local First” campaign".</summary>
    private static bool KindNounAfter(string text, int close)
    {
        if (close + 1 >= text.Length || text[close] != ' ' || !char.IsLower(text[close + 1])) return false;
        int end = close + 1;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return KindNouns.Contains(text[(close + 1)..end]);
    }

    private static Quote? Make(string text, int start, int end, bool closed)
    {
        int innerStart = start + 1;
        int innerEnd = closed ? end - 1 : end;
        if (innerEnd <= innerStart) return null;
        string inner = text.Substring(innerStart, innerEnd - innerStart);
        int words = CountWords(inner);
        if (words == 0) return null;
        return new Quote(new TextSpan(start, end), new TextSpan(innerStart, innerEnd), inner, words);
    }

    public static int CountWords(string s)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter || (inWord && (c is '\'' or '’' or '-'));
        }
        return count;
    }
}

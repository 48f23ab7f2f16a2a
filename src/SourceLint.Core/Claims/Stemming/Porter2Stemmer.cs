namespace SourceLint.Core.Claims.Stemming;

/// <summary>
/// The Porter2 English stemmer (Snowball's "english" algorithm), so that "killed", "kills" and "killing"
/// meet as "kill" when claims are compared across a draft.
/// </summary>
/// <remarks>
/// Written from the algorithm's description (snowballstem.org, "The English (Porter2) stemming algorithm",
/// as released up to Snowball 2.2, the version NLTK, PyStemmer and Lucene ship): the exceptional forms
/// (skis, dying, idly, news …), the regions R1/R2 with the gener/commun/arsen prefixes and steps 1a–5.
/// Later Snowball revisions (3.0: "added" → "add", more R1 prefixes) are deliberately not followed, so
/// stems match the widely deployed reference. Deviation, for news text: ASCII capitals are lower-cased
/// and a typographic apostrophe (U+2019) counts as an apostrophe.
/// Thread-safe (no shared mutable state) and allocation-light: words work in a stack buffer and an
/// unchanged word is returned as the same string instance.
/// </remarks>
public static class Porter2Stemmer
{
    private const int StackBufferSize = 64;

    /// <summary>The stem of one lower-case word. Words under three letters come back unchanged.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0) return word;

        Span<char> buffer = word.Length <= StackBufferSize ? stackalloc char[StackBufferSize] : new char[word.Length];
        var chars = buffer[..word.Length];
        for (var i = 0; i < word.Length; i++) chars[i] = Normalize(word[i]);

        var stemmed = Exception1(chars);
        if (stemmed is not null) return stemmed;
        if (chars.Length < 3) return Result(word, chars);

        var w = new Word(chars);
        w.Prelude();
        w.MarkRegions();
        w.Step1a();
        if (!w.IsException2())
        {
            w.Step1b();
            w.Step1c();
            w.Step2();
            w.Step3();
            w.Step4();
            w.Step5();
        }
        w.Postlude();
        return Result(word, w.Text);
    }

    private static char Normalize(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c + ('a' - 'A')),
        '\u2019' => '\'',
        _ => c,
    };

    /// <summary>The input itself when stemming changed nothing, so common words cost no allocation.</summary>
    private static string Result(string word, ReadOnlySpan<char> stem) =>
        stem.SequenceEqual(word) ? word : new string(stem);

    /// <summary>Whole words the algorithm treats specially before anything else.</summary>
    private static string? Exception1(ReadOnlySpan<char> w) => w switch
    {
        "skis" => "ski",
        "skies" => "sky",
        "dying" => "die",
        "lying" => "lie",
        "tying" => "tie",
        // -ly words whose "ly" is not a suffix to strip.
        "idly" => "idl",
        "gently" => "gentl",
        "ugly" => "ugli",
        "early" => "earli",
        "only" => "onli",
        "singly" => "singl",
        // Invariant forms (the last four are not plurals).
        "sky" => "sky",
        "news" => "news",
        "howe" => "howe",
        "atlas" => "atlas",
        "cosmos" => "cosmos",
        "bias" => "bias",
        "andes" => "andes",
        _ => null,
    };

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>Vowels plus w, x and Y: letters that cannot close a short syllable.</summary>
    private static bool IsVowelWxy(char c) => IsVowel(c) || c is 'w' or 'x' or 'Y';

    private static bool IsValidLiEnding(char c) => c is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't';

    private static bool IsDouble(char a, char b) => a == b && a is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't';

    /// <summary>A suffix rule: the ending, what replaces it, and an extra condition, if any.</summary>
    private readonly record struct SuffixRule(string Suffix, string Replacement, Condition Condition = Condition.None);

    private enum Condition { None, PrecededByL, PrecededByValidLi, InR2, PrecededBySOrT }

    // Each table is ordered longest suffix first: Snowball's "among" takes the longest ending that
    // matches, and if that one's conditions fail the step does nothing (no fallback to a shorter one).
    private static readonly SuffixRule[] Step2Rules =
    [
        new("ational", "ate"), new("ization", "ize"), new("iveness", "ive"), new("fulness", "ful"), new("ousness", "ous"),
        new("tional", "tion"), new("biliti", "ble"), new("lessli", "less"),
        new("entli", "ent"), new("ation", "ate"), new("alism", "al"), new("aliti", "al"), new("ousli", "ous"),
        new("iviti", "ive"), new("fulli", "ful"),
        new("enci", "ence"), new("anci", "ance"), new("abli", "able"), new("izer", "ize"), new("ator", "ate"), new("alli", "al"),
        new("bli", "ble"), new("ogi", "og", Condition.PrecededByL),
        new("li", "", Condition.PrecededByValidLi),
    ];

    private static readonly SuffixRule[] Step3Rules =
    [
        new("ational", "ate"),
        new("tional", "tion"),
        new("alize", "al"), new("icate", "ic"), new("iciti", "ic"), new("ative", "", Condition.InR2),
        new("ical", "ic"), new("ness", ""),
        new("ful", ""),
    ];

    private static readonly SuffixRule[] Step4Rules =
    [
        new("ement", ""),
        new("ance", ""), new("ence", ""), new("able", ""), new("ible", ""), new("ment", ""),
        new("ant", ""), new("ent", ""), new("ism", ""), new("ate", ""), new("iti", ""), new("ous", ""),
        new("ive", ""), new("ize", ""), new("ion", "", Condition.PrecededBySOrT),
        new("al", ""), new("er", ""), new("ic", ""),
    ];

    /// <summary>The word being stemmed: its letters in a caller-owned buffer, its length and its regions.</summary>
    private ref struct Word
    {
        private Span<char> _chars;
        private int _length;
        private int _p1;
        private int _p2;
        private bool _yFound;

        public Word(Span<char> chars)
        {
            _chars = chars;
            _length = chars.Length;
        }

        public readonly ReadOnlySpan<char> Text => _chars[.._length];

        private readonly bool EndsWith(string suffix) =>
            _length >= suffix.Length && _chars[(_length - suffix.Length).._length].SequenceEqual(suffix);

        private readonly bool HasVowelBefore(int end)
        {
            for (var i = 0; i < end; i++)
                if (IsVowel(_chars[i])) return true;
            return false;
        }

        /// <summary>Replaces the last <paramref name="suffixLength"/> letters. Never grows the word past its buffer:
        /// every replacement here is no longer than the ending it replaces, except the "e" restored in step 1b,
        /// which follows a deletion of at least two letters.</summary>
        private void ReplaceEnd(int suffixLength, string replacement)
        {
            var start = _length - suffixLength;
            replacement.AsSpan().CopyTo(_chars[start..]);
            _length = start + replacement.Length;
        }

        /// <summary>Drops one leading apostrophe and marks consonantal y (initial, or after a vowel) as Y.</summary>
        public void Prelude()
        {
            if (_length > 0 && _chars[0] == '\'')
            {
                _chars = _chars[1..];
                _length--;
            }
            if (_length == 0) return;
            if (_chars[0] == 'y')
            {
                _chars[0] = 'Y';
                _yFound = true;
            }
            for (var i = 1; i < _length; i++)
            {
                if (_chars[i] == 'y' && IsVowel(_chars[i - 1]))
                {
                    _chars[i] = 'Y';
                    _yFound = true;
                }
            }
        }

        /// <summary>R1 starts after the first non-vowel that follows a vowel (or after gener/commun/arsen);
        /// R2 is the same taken again inside R1. Either may be empty (at the end of the word).</summary>
        public void MarkRegions()
        {
            _p1 = _length;
            _p2 = _length;
            int p1;
            if (StartsWith("gener")) p1 = 5;
            else if (StartsWith("arsen")) p1 = 5;
            else if (StartsWith("commun")) p1 = 6;
            else p1 = PastVowelThenNonVowel(0);
            if (p1 < 0) return;
            _p1 = p1;
            var p2 = PastVowelThenNonVowel(p1);
            if (p2 >= 0) _p2 = p2;
        }

        private readonly bool StartsWith(string prefix) =>
            _length >= prefix.Length && _chars[..prefix.Length].SequenceEqual(prefix);

        private readonly int PastVowelThenNonVowel(int from)
        {
            var i = from;
            while (i < _length && !IsVowel(_chars[i])) i++;
            if (i == _length) return -1;
            while (i < _length && IsVowel(_chars[i])) i++;
            if (i == _length) return -1;
            return i + 1;
        }

        /// <summary>A short syllable ends at <paramref name="end"/>: non-vowel, vowel, non-vowel other than w, x, Y;
        /// or, at the start of the word, vowel then non-vowel.</summary>
        private readonly bool EndsInShortSyllable(int end)
        {
            if (end >= 3 && !IsVowelWxy(_chars[end - 1]) && IsVowel(_chars[end - 2]) && !IsVowel(_chars[end - 3])) return true;
            return end == 2 && !IsVowel(_chars[1]) && IsVowel(_chars[0]);
        }

        /// <summary>Possessives and plurals: 's, sses, ies/ied, s.</summary>
        public void Step1a()
        {
            if (EndsWith("'s'")) _length -= 3;
            else if (EndsWith("'s")) _length -= 2;
            else if (EndsWith("'")) _length -= 1;

            if (EndsWith("sses")) ReplaceEnd(4, "ss");
            else if (EndsWith("ied") || EndsWith("ies")) ReplaceEnd(3, _length > 4 ? "i" : "ie");
            else if (EndsWith("us") || EndsWith("ss")) { }
            // Drop s when a vowel stands before the letter preceding it: gaps → gap, but gas, this stay.
            else if (EndsWith("s") && _length >= 2 && HasVowelBefore(_length - 2)) _length--;
        }

        /// <summary>Words that step 1a leaves in a form the later steps would wrongly cut.</summary>
        public readonly bool IsException2() => Text switch
        {
            "inning" or "outing" or "canning" or "herring" or "earring"
                or "proceed" or "exceed" or "succeed" => true,
            _ => false,
        };

        /// <summary>-eed, -ed, -ing (and their -ly forms), then tidy the stem: hop(p)ing → hop, hoping → hope.</summary>
        public void Step1b()
        {
            int suffix;
            if (EndsWith("eedly")) suffix = -5;
            else if (EndsWith("ingly")) suffix = 5;
            else if (EndsWith("edly")) suffix = 4;
            else if (EndsWith("eed")) suffix = -3;
            else if (EndsWith("ing")) suffix = 3;
            else if (EndsWith("ed")) suffix = 2;
            else return;

            if (suffix < 0)
            {
                // eed / eedly → ee, only inside R1 ("agreed" → "agree", "feed" stays).
                if (_length + suffix >= _p1) ReplaceEnd(-suffix, "ee");
                return;
            }

            var stemEnd = _length - suffix;
            if (!HasVowelBefore(stemEnd)) return;
            _length = stemEnd;

            if (EndsWith("at") || EndsWith("bl") || EndsWith("iz"))
            {
                _chars[_length++] = 'e';
            }
            else if (_length >= 2 && IsDouble(_chars[_length - 2], _chars[_length - 1]))
            {
                _length--; // hopp → hop
            }
            else if (_length == _p1 && EndsInShortSyllable(_length))
            {
                // A short word (R1 empty, ends in a short syllable) gets its e back: hop → hope.
                _chars[_length++] = 'e';
            }
        }

        /// <summary>Final y (or Y) after a non-vowel that is not the first letter becomes i: cry → cri, by stays.</summary>
        public void Step1c()
        {
            if (_length < 3) return;
            var last = _chars[_length - 1];
            if (last is not ('y' or 'Y')) return;
            if (IsVowel(_chars[_length - 2])) return;
            _chars[_length - 1] = 'i';
        }

        public void Step2() => ApplyLongest(Step2Rules, _p1);

        public void Step3() => ApplyLongest(Step3Rules, _p1);

        public void Step4() => ApplyLongest(Step4Rules, _p2);

        /// <summary>Finds the longest listed ending; if it lies in the region and meets its condition, replaces it.</summary>
        private void ApplyLongest(SuffixRule[] rules, int regionStart)
        {
            foreach (var rule in rules)
            {
                if (!EndsWith(rule.Suffix)) continue;
                var start = _length - rule.Suffix.Length;
                if (start < regionStart) return;
                var ok = rule.Condition switch
                {
                    Condition.None => true,
                    Condition.PrecededByL => start > 0 && _chars[start - 1] == 'l',
                    Condition.PrecededByValidLi => start > 0 && IsValidLiEnding(_chars[start - 1]),
                    Condition.InR2 => start >= _p2,
                    Condition.PrecededBySOrT => start > 0 && _chars[start - 1] is 's' or 't',
                    _ => false,
                };
                if (ok) ReplaceEnd(rule.Suffix.Length, rule.Replacement);
                return;
            }
        }

        /// <summary>A final e in R2, or in R1 after no short syllable, goes; a final l after l in R2 goes.</summary>
        public void Step5()
        {
            if (_length == 0) return;
            var start = _length - 1;
            if (_chars[start] == 'e')
            {
                if (start >= _p2 || (start >= _p1 && !EndsInShortSyllable(start))) _length--;
            }
            else if (_chars[start] == 'l')
            {
                if (start >= _p2 && start > 0 && _chars[start - 1] == 'l') _length--;
            }
        }

        /// <summary>Y marks go back to y.</summary>
        public readonly void Postlude()
        {
            if (!_yFound) return;
            for (var i = 0; i < _length; i++)
                if (_chars[i] == 'Y') _chars[i] = 'y';
        }
    }
}

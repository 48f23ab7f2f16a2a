using System.Runtime.CompilerServices;
using System.Globalization;
using SourceLint.Core.Analysis;
using SourceLint.Core.Lexicons;
using SourceLint.Core.Text;

namespace SourceLint.Core.Recognizers.Figures;

/// <summary>
/// Finds figure expressions in a sentence: counts, money, percentages and rates, measures, with their
/// approximators and counted nouns; a range, a change, a conversion or a figure of a figure is one
/// expression. Leaves alone what rules.md says is not a figure: dates and years, times, durations,
/// ages, ordinals, identifiers and names (Covid-19, G7, Article 5), scores and small spelled-out counts.
/// </summary>
public sealed class FigureRecognizer
{
    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    private static readonly Dictionary<string, double> Multipliers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["k"] = 1e3, ["m"] = 1e6, ["mn"] = 1e6, ["bn"] = 1e9, ["b"] = 1e9, ["tn"] = 1e12, ["trn"] = 1e12,
        ["thousand"] = 1e3, ["million"] = 1e6, ["millions"] = 1e6, ["billion"] = 1e9, ["billions"] = 1e9, ["trillion"] = 1e12,
    };

    private static readonly HashSet<string> PluralVagueCounts = new(StringComparer.OrdinalIgnoreCase)
    {
        "dozens", "hundreds", "thousands", "millions", "billions", "scores", "tens",
    };

    private static readonly HashSet<string> CurrencyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "pounds", "dollars", "euros", "yen", "yuan", "rupees", "baht", "francs", "pence", "cents", "p", "dinars", "roubles", "rubles", "naira", "rand", "pesos", "shekels",
    };

    /// <summary>Nouns that count people, for "people affected": "300 families have been placed in emergency housing".</summary>
    private static readonly HashSet<string> PeopleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "persons", "families", "residents", "households", "tenants", "workers", "staff", "employees", "children",
        "pupils", "students", "patients", "passengers", "migrants", "refugees", "prisoners", "inmates", "civilians",
        "men", "women", "adults", "pensioners", "customers", "homeowners", "drivers", "villagers", "fans",
    };

    private static readonly HashSet<string> CasualtyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "killed", "kill", "dead", "died", "die", "deaths", "injured", "wounded", "hurt", "arrested", "detained", "missing",
        "displaced", "casualties", "victims", "executed", "kidnapped", "abducted", "murdered", "shot", "stabbed",
    };

    /// <summary>Words before a number that make it an identifier or a reference, not a figure.</summary>
    private static readonly HashSet<string> IdentifierHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "article", "section", "chapter", "clause", "rule", "route", "flight", "room", "no", "number", "page", "paragraph",
        "level", "grade", "stage", "phase", "round", "part", "volume", "game", "match", "highway", "platform", "gate",
        "line", "channel", "version", "category", "division", "league", "group", "pool", "week", "day", "year", "act",
        "resolution", "amendment", "question", "item", "figure", "table", "box", "verse", "psalm", "episode", "series",
        "season", "track", "exhibit", "ward", "district", "zone", "terminal", "lane", "unit", "tier", "cell", "block", "aged", "age", "ages",
    };

    private readonly LexiconSet _lexicons;
    private readonly PhraseMatcher _approximators;
    /// <summary>Scratch space for the words before a number; a recognizer serves one analysis at a time.</summary>
    private readonly string[] _approximatorWords = new string[3];

    public FigureRecognizer(LexiconSet lexicons)
    {
        _lexicons = lexicons;
        _approximators = lexicons.Phrases(LexiconNames.Approximators);
    }

    public List<Figure> Recognize(string text, IReadOnlyList<Token> tokens)
    {
        var figures = new List<Figure>();
        Recognize(text, tokens as TokenList ?? new TokenList([.. tokens]), figures);
        return figures;
    }

    /// <summary>As <see cref="Recognize(string, IReadOnlyList{Token})"/>, adding the figures to <paramref name="figures"/> (the sentence's own list: no list per sentence to copy from).</summary>
    internal void Recognize(string text, TokenList tokens, List<Figure> figures)
    {
        // Most sentences hold no number, symbol or number word, which every figure starts with: nothing to read then.
        if (!tokens.MayHaveKind(TokenKind.Number) && !tokens.MayHaveKind(TokenKind.Symbol) && !tokens.MayHave(WordTraits.NumberWord, _lexicons.Vocabulary))
            return;
        bool casualtySentence = false;
        if (tokens.MayHave(WordTraits.CasualtyWord, _lexicons.Vocabulary))
            for (int k = 0; k < tokens.Count; k++) // (a foreach over the interface boxed an enumerator per sentence)
                if (tokens[k].IsWord && tokens[k].Form.Has(WordTraits.CasualtyWord) && !IsVerbMiss(tokens, k)) { casualtySentence = true; break; }
        int i = 0;
        while (i < tokens.Count)
        {
            // Most tokens are plain words or punctuation, which ParseCore turns down: skip them without the call.
            if (!MayStartFigure(tokens[i])) { i++; continue; }
            var core = ParseCore(tokens, i);
            if (core is null) { i++; continue; }
            var c = core.Value;
            int end = c.End;
            bool isPercent = c.IsPercent, isMoney = c.IsMoney, change = false;
            // Ranges and changes: "between 250 and 600 euros", "from 102 to 81", "250-600", "10 to 15".
            // A year is never the first half of a figure's range: "losses halved in 2004 to $200m" is a year, then
            // a figure; "2003-04" and "1986 to 1990" are spans of years, neither of them a figure.
            if (end + 1 < tokens.Count && tokens[end].Lower is "to" or "-" or "–" or "and" && IsBareYear(tokens[c.Start], c))
            {
                if (ParseCore(tokens, end + 1) is { } after && !after.IsMoney && !after.IsPercent && after.End == after.Start + 1
                    && tokens[after.Start].Text.Length is 1 or 2 or 4 && tokens[after.Start].Text.All(char.IsDigit))
                {
                    i = after.End;
                    continue;
                }
            }
            else if (end + 1 < tokens.Count && tokens[end].Lower is "and" or "to" or "-" or "–" or "or")
            {
                var second = ParseCore(tokens, end + 1);
                if (second is { } s2 && (tokens[end].Lower is not "and" || PrecededBy(tokens, c.Start, "between")))
                {
                    if (tokens[end].Text is "-" or "–" && !s2.IsPercent && !s2.IsMoney && (CountedNounAfter(tokens, s2) is null or "win" or "victory" or "defeat" or "draw" or "lead" or "loss" or "scoreline" or "result" or "thrashing" or "success" or "triumph" or "home" or "away" or "aggregate" or "margin" or "half-time" or "halftime" or "deficit") && !c.IsMoney && !c.IsPercent && !c.Spelled && IsSmallInteger(tokens[c.Start]) && IsSmallInteger(tokens[s2.Start]))
                    {
                        // "3-1", "24-10": a score, not a figure.
                        i = s2.End;
                        continue;
                    }
                    change = tokens[end].Lower == "to";
                    end = s2.End;
                    isPercent |= s2.IsPercent;
                    isMoney |= s2.IsMoney;
                }
            }
            int nounIndex = CountedNounIndex(tokens, end, c);
            string? noun = nounIndex >= 0 ? tokens[nounIndex].Lower : null;
            int exprEnd = nounIndex >= 0 ? nounIndex + 1 : end;
            if (nounIndex >= 0 && CurrencyWords.Contains(noun!)) isMoney = true;

            if (IsNotAFigure(tokens, c, end, noun, isPercent, isMoney, casualtySentence))
            {
                i = Math.Max(end, i + 1);
                continue;
            }
            // Whether a percentage or proportion is "of" something ("40% of voters") is read before the figure of a
            // figure joins the expression ("Less than 6% of the £22bn lent").
            bool percentOf = isPercent && exprEnd < tokens.Count && tokens[exprEnd].Lower == "of";
            // "One in five adults", "one in 13 pupils": a proportion of people (the counted noun is a people word).
            bool proportionOfPeople = isPercent && nounIndex >= 0
                && (_lexicons.Has(tokens[nounIndex], WordTraits.StatisticalPredicate) || PeopleNouns.Contains(noun!));
            // "a $12.8bn deal", "a $47bn merger": money whose counted noun is itself the event it is tied to.
            bool moneyOfEvent = isMoney && nounIndex >= 0 && _lexicons.Has(tokens[nounIndex], WordTraits.StatisticalPredicate);
            // A conversion in brackets, "(£398m; $768m)", or a figure of a figure, "of the £22bn", is the same expression.
            exprEnd = AbsorbConversion(tokens, exprEnd);
            exprEnd = AbsorbFigureOfFigure(tokens, exprEnd);

            int start = c.Start;
            string? approximator = null;
            int approxStart = ApproximatorStart(tokens, c.Start);
            if (approxStart >= 0)
            {
                approximator = string.Join(' ', tokens.Skip(approxStart).Take(c.Start - approxStart).Select(t => t.Lower));
                start = approxStart;
            }
            // A change is one expression from its "from": "from 102 to 81".
            else if (change && c.Start > 0 && tokens[c.Start - 1].Lower == "from") start = c.Start - 1;
            var span = TextSpan.FromBounds(tokens[start].Span.Start, tokens[exprEnd - 1].Span.End);
            bool descriptor = c.End < tokens.Count && tokens[c.End].Text == "-" && c.End + 1 < tokens.Count && tokens[c.End + 1].IsWord;
            // Background whatever stands near: a descriptor, market data, a sports record, a place on the pitch.
            bool measure = !isMoney && !isPercent;
            bool background = descriptor || IsMarketData(tokens, start, exprEnd) || IsSportsRecord(tokens, exprEnd, noun)
                || IsPitchDistance(tokens, start, exprEnd, noun) || (measure && IsPersonalBest(tokens, start))
                || (isMoney && IsPriceOfAThing(tokens, start, c.Value));
            bool statistical = !background
                && (PredicateNear(tokens, start, exprEnd, measure, measure && IsLength(tokens[c.Start], noun)) || PredicateCounted(tokens, nounIndex) || proportionOfPeople || moneyOfEvent || IsComparison(tokens, end, isPercent)
                    || (percentOf && !NextIsHolding(tokens, start))
                    || (noun is not null && PeopleNouns.Contains(noun) && PassiveFollows(tokens, exprEnd)));
            figures.Add(new Figure(span, text.Substring(span.Start, span.Length), c.Value, noun is null ? null : Singular(noun), approximator, statistical));
            i = Math.Max(exprEnd, i + 1);
        }
    }

    /// <summary>How far (in tokens) a predicate may stand from its figure and still make it a statistical claim.</summary>
    private const int PredicateWindow = 6;

    /// <summary>
    /// A statistical claim: a predicate of measurement or event governs the figure ("were killed",
    /// "rose 5%", "cost £2m"), standing near it in the same clause, not merely somewhere in the sentence.
    /// </summary>
    private bool PredicateNear(TokenList tokens, int start, int end, bool measure, bool length)
    {
        for (int k = start - 1; k >= 0 && k >= start - AverageWindow; k--)
        {
            if (tokens[k].Text is ";" or "(" or ")" || tokens[k].Lower is "which" or "who" or "while" or "but" or "that") break;
            // An average heads its clause's subject and may stand further off: "The average price of a home in the city is now £268,000".
            // ("The Dow Jones Industrial average" is an index, not an average of anything the draft measures.)
            if (k < start - PredicateWindow)
            {
                if (tokens[k].Lower is "average" or "median" && k > 0 && tokens[k - 1].Lower is "the" or "an" or "on") return true;
                continue;
            }
            // A verb of paying whose object is a rate describes the product to the figures it governs; its payer ("1.5 million
            // families were paying 60% rates") stays counted by it, in the loop after the figure.
            if (IsPredicateAt(tokens, k) && !IsRatePaid(tokens, k) && !IsAthleticJump(tokens, k, measure, length)) return true;
        }
        // An aside right after the figure does not count against the window: "Three people, including a 34-year-old
        // man, were injured".
        int after = end;
        if (after + 1 < tokens.Count && tokens[after].Text == "," && AsideOpeners.Contains(tokens[after + 1].Lower))
        {
            int close = after + 1;
            while (close < tokens.Count && close <= after + AsideLength && tokens[close].Text is not ("," or ";" or "(" or ")")) close++;
            if (close < tokens.Count && close <= after + AsideLength && tokens[close].Text == ",") after = close + 1;
        }
        for (int k = after; k < tokens.Count && k < after + PredicateWindow; k++)
        {
            if (tokens[k].Text is ";" or "(" or ")" || tokens[k].Lower is "which" or "who" or "while" or "but" or "that") break;
            if (IsPredicateAt(tokens, k) && !IsAthleticJump(tokens, k, measure, length) && !ForecastsWhatTheyDo(tokens, start, k)) return true;
        }
        return false;
    }

    /// <summary>
    /// "The 25 member states are expected to sign", "its 40 stores are forecast to close": a definite figure, one the draft
    /// takes as known, whose forecast is what it will do, not how many there are. ("More than 30,000 people are expected to
    /// attend" forecasts the count itself and stays a statistical claim.)
    /// </summary>
    private static bool ForecastsWhatTheyDo(TokenList tokens, int start, int k) =>
        tokens[k].Lower is "expected" or "forecast" or "projected" && k + 2 < tokens.Count && tokens[k + 1].Lower == "to"
        && tokens[k + 2].IsWord && start > 0 && tokens[start - 1].Lower is "the" or "its" or "their" or "our" or "his" or "her";

    /// <summary>
    /// The word read as the counted noun is itself the event: a casualty ("10 deaths", "nine dead", "100,000 died") or a
    /// sale ("with 50,000 sold in its first week"). The window around the figure starts after it, so it is asked here.
    /// Other predicates after a number are mostly a verb whose subject is a name or a back-reference ("Ocean's 12 fell
    /// to number two", "the 12 affected by the ruling"), or a proportion's people ("thousands of people").
    /// </summary>
    private static bool PredicateCounted(TokenList tokens, int nounIndex) =>
        nounIndex >= 0 && (tokens[nounIndex].Form.Has(WordTraits.CasualtyWord) && !IsVerbMiss(tokens, nounIndex) || tokens[nounIndex].Lower == "sold");

    private static bool IsJumpWord(string lower) => lower is "jump" or "jumps" or "jumped" or "jumping";

    /// <summary>Words before "jump" that make it the athlete's jump, a noun: "the long jump", "his very first jump", "a season's best jump".</summary>
    private static readonly HashSet<string> AthleticJumpHeads = new(StringComparer.Ordinal)
    {
        "long", "high", "triple", "ski", "first", "second", "third", "last", "final", "opening", "best", "winning",
        "his", "her", "their", "a", "the",
    };

    /// <summary>
    /// A jump by an athlete or a person, not a jump in a figure: the event or attempt ("won the long jump", "7.96m on his
    /// very first jump") governing a count or measure, not money or a share ("a 5% jump in sales" stays a change), or the
    /// verb with a length ("jumped 30ft from a window"). A result or a distance is no change of anything.
    /// </summary>
    private static bool IsAthleticJump(TokenList tokens, int k, bool measure, bool length)
    {
        if (!measure || !IsJumpWord(tokens[k].Lower)) return false;
        if (length) return true;
        return tokens[k].Lower is "jump" or "jumps" && k > 0 && AthleticJumpHeads.Contains(WithoutPossessive(tokens[k - 1]));
    }

    /// <summary>Units of length after a number or on it ("30ft", "2.5 metres").</summary>
    private static readonly HashSet<string> LengthUnits = new(StringComparer.Ordinal)
    {
        "ft", "feet", "foot", "metres", "meters", "metre", "meter", "cm", "centimetres", "inches", "inch", "yards", "yard", "km", "kilometres", "miles", "mile",
    };

    /// <summary>The figure is a length: its counted noun is a unit of length, or the number carries one ("30ft", "15cm").</summary>
    private static bool IsLength(in Token number, string? noun)
    {
        if (noun is not null) return LengthUnits.Contains(noun);
        string text = number.Text;
        int letters = 0;
        while (letters < text.Length && char.IsLetter(text[text.Length - 1 - letters])) letters++;
        return letters >= 2 && LengthUnits.Contains(text[(text.Length - letters)..].ToLowerInvariant());
    }

    /// <summary>
    /// An athlete's best, "a personal best of 7.96m", "a season's best of 5.25m", "a life-time best of 6.50m": a sports
    /// record, a background figure in rules.md's terms, though the athlete "climbed" or "leapt" to it. (Only a count or a
    /// measure: money and shares are not an athlete's best.)
    /// </summary>
    private static bool IsPersonalBest(TokenList tokens, int start) =>
        start >= 2 && tokens[start - 1].Lower == "of" && tokens[start - 2].Lower == "best";

    /// <summary>Verbs of paying: money they govern is tied to an event ("paid £2m"); a percentage they govern is a rate.</summary>
    private static readonly HashSet<string> PayVerbs = new(StringComparer.Ordinal) { "pay", "pays", "paying", "paid" };

    /// <summary>Whom an account or a bond pays its rate to: "pays savers 4%".</summary>
    private static readonly HashSet<string> Payees = new(StringComparer.Ordinal)
    {
        "savers", "investors", "depositors", "customers", "holders", "bondholders", "shareholders", "members", "borrowers",
    };

    /// <summary>
    /// The verb of paying at <paramref name="k"/> governs a percentage, right after it or past its payee ("paying 5.35% for a
    /// minimum balance of £1", "pays savers 4%"): the rate an account or a bond pays, and the balance it asks for, describe the
    /// product, background figures like the products themselves, not money paid. ("paid 40% of the bill" is a proportion,
    /// "paying 5% more" a change; their own tests make them statistical. "paying a 35% premium" in a takeover is the deal's
    /// price, and stays one.)
    /// </summary>
    private bool IsRatePaid(TokenList tokens, int k)
    {
        if (!PayVerbs.Contains(tokens[k].Lower)) return false;
        int objectAt = k + 1 < tokens.Count && Payees.Contains(tokens[k + 1].Lower) ? k + 2 : k + 1;
        return objectAt < tokens.Count && MayStartFigure(tokens[objectAt]) && ParseCore(tokens, objectAt) is { IsPercent: true };
    }

    /// <summary>
    /// Words of the predicate list that name whom a proportion is of ("40% of voters", "one in five adults"). Counted by a
    /// figure of their own they name its people, not a measurement of the figure nearby: in "It employs 77,000 people,
    /// running operations in over 30 countries" the countries are no proportion of anybody.
    /// </summary>
    private static readonly HashSet<string> ProportionBases = new(StringComparer.Ordinal)
    {
        "people", "voters", "adults", "respondents",
    };

    /// <summary>
    /// Verbs whose particle "up" or "down" is no change of a figure: "was made up of 196 photographs", "snapped up a rival",
    /// "top up the fund with up to £1,200", "ended up in third position", "shut down two plants".
    /// </summary>
    private static readonly HashSet<string> ParticleVerbs = new(StringComparer.Ordinal)
    {
        "made", "make", "makes", "making", "set", "sets", "setting", "picked", "pick", "picks", "picking", "snapped", "snap",
        "top", "topped", "ended", "end", "ends", "wound", "signed", "sign", "signing", "drawn", "drew", "draw", "take", "took",
        "taken", "taking", "takes", "shut", "shuts", "broke", "broken", "break", "turned", "turn", "turns", "brought", "bring",
        "put", "puts", "free", "freed", "backed", "back", "stepped", "step", "built", "build", "gave", "give", "given", "cleaned",
        "clean", "summed", "sum", "lined", "line", "looked", "look", "kept", "keep", "followed", "follow", "caught", "catch",
        "covered", "cover", "blew", "blow", "touch", "touched", "weighed", "knocked", "knock", "came", "come", "comes", "coming", "stand", "stood", "played", "play", "wrote", "written", "write", "called", "call",
        "handed", "hand", "calmed", "calm", "wiped", "wipe", "cracked", "crack", "clamped", "clamp", "tracked", "track",
        "beefed", "beef", "warmed", "warm", "sorted", "sort", "dressed", "dress", "opened", "open", "fired", "fire", "split",
    };

    /// <summary>
    /// A word of the predicate list makes a nearby figure a statistical claim, except a proportion's base counted by a
    /// number of its own (<see cref="ProportionBases"/>), "population" (the size of a place is a background figure: "has
    /// a population of about 44 million") and "up" or "down" as the particle of another verb (<see cref="ParticleVerbs"/>).
    /// </summary>
    private bool IsPredicateAt(TokenList tokens, int k)
    {
        var t = tokens[k];
        if (!t.IsWord || !_lexicons.Has(t, WordTraits.StatisticalPredicate)) return false;
        if (t.Lower == "population") return !IsPopulationSize(tokens, k);
        if (ProportionBases.Contains(t.Lower)) return !CountedByANumber(tokens, k);
        if (t.Lower is "up" or "down") return !IsParticle(tokens, k);
        if (t.Lower == "missing") return !IsVerbMiss(tokens, k);
        // "went on sale", "put up for sale": a product offered, not a sale made ("on sale for $250" is its price).
        if (t.Lower == "sale") return !(k > 0 && tokens[k - 1].Lower is "on" or "for");
        return true;
    }

    /// <summary>Determiners and possessives that open the object of a verb: "missing the three tests", "missing their two best players".</summary>
    private static readonly HashSet<string> ObjectOpeners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
    };

    /// <summary>
    /// "missing" with an object is the verb "to miss": "for missing three drugs tests", "are missing 14 players through
    /// injury". Nobody is missing there, so it is no casualty ("300 people are missing" has no object after it).
    /// </summary>
    private static bool IsVerbMiss(TokenList tokens, int k) =>
        tokens[k].Lower == "missing" && k + 1 < tokens.Count
        && (MayStartFigure(tokens[k + 1]) || ObjectOpeners.Contains(tokens[k + 1].Lower));

    /// <summary>"a population of about 44 million", "population 1.3bn": the size of a place, not the base of a proportion ("two-thirds of the world's population").</summary>
    private static bool IsPopulationSize(TokenList tokens, int k) =>
        k + 1 < tokens.Count && (tokens[k + 1].Lower == "of" || tokens[k + 1].Kind is TokenKind.Number or TokenKind.Symbol);

    /// <summary>
    /// "up" or "down" after a verb it is the particle of (<see cref="ParticleVerbs"/>), unless it leads to a figure: "picking
    /// up again to 4.2%", "signed up to a $1.1bn rescue", "put up $480m" still move or pay an amount.
    /// </summary>
    private static bool IsParticle(TokenList tokens, int k)
    {
        if (k == 0 || !ParticleVerbs.Contains(tokens[k - 1].Lower)) return false;
        if (k + 1 >= tokens.Count) return true;
        var next = tokens[k + 1];
        return !(next.Kind is TokenKind.Number or TokenKind.Symbol || next.Lower is "to" or "by" or "from" or "again");
    }

    /// <summary>A number stands right before the noun, or before one word that describes it: "77,000 people", "22 million people", "5,808 Academy voters"; not a proportion's "in 10".</summary>
    private static bool CountedByANumber(TokenList tokens, int noun)
    {
        for (int k = noun - 1; k >= 0 && k >= noun - 2; k--)
        {
            // "One in 10 US adults": the number is a proportion's, and the adults are its base.
            if (tokens[k].Kind == TokenKind.Number || tokens[k].IsWord && Multipliers.ContainsKey(tokens[k].Lower))
                return !(k > 0 && tokens[k - 1].Lower == "in");
            if (!tokens[k].IsWord) return false;
        }
        return false;
    }

    /// <summary>
    /// Something was done to the people counted: "have been placed in emergency housing", "were moved", "will be
    /// rehoused" (people affected, in rules.md's words), as against what they do ("300 people attended").
    /// </summary>
    private static bool PassiveFollows(TokenList tokens, int end)
    {
        int k = end;
        // Over "in the city" or "from the estate" between the counted people and their verb.
        for (int hop = 0; hop < 4 && k < tokens.Count && tokens[k].Lower is "in" or "from" or "at" or "on" or "the" or "a" or "city" or "area" or "town" or "region"; hop++) k++;
        if (k >= tokens.Count || tokens[k].Lower is not ("were" or "was" or "have" or "has" or "had" or "will" or "are" or "is")) return false;
        k++;
        while (k < tokens.Count && tokens[k].Lower is "been" or "be" or "being" or "now" or "since" or "already") k++;
        return k < tokens.Count && tokens[k].IsWord && tokens[k].Lower.Length > 4 && tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal)
            && tokens[k - 1].Lower is "been" or "be" or "being" or "were" or "was" or "are" or "is";
    }

    /// <summary>
    /// A figure that compares counts, "50% fewer people", "7 million fewer people tuned in", "That was 26% more than in
    /// 2003", is a change, as "up 20%" is. "more" and "less" only after a percentage ("30 more soldiers" is a count);
    /// "20% higher" and "50% cheaper" are left to their predicates: they mostly compare prices and market levels.
    /// </summary>
    private static bool IsComparison(TokenList tokens, int end, bool percent) =>
        end < tokens.Count && (tokens[end].Lower == "fewer" || percent && tokens[end].Lower is "more" or "less");

    /// <summary>How far back (in tokens) "average" or "median" may head the figure's subject.</summary>
    private const int AverageWindow = 12;

    /// <summary>Words that open an aside about the people or things just counted: "including", "both", "mostly", "aged" ….</summary>
    private static readonly HashSet<string> AsideOpeners = new(StringComparer.Ordinal)
    {
        "including", "among", "both", "all", "most", "mostly", "many", "some", "several", "aged", "mainly", "largely", "chiefly",
    };

    /// <summary>How long (in tokens) an aside between commas after a figure may be and still be stepped over.</summary>
    private const int AsideLength = 12;

    /// <summary>What a sports record counts: "lost nine of their 14 matches", "won 12 caps", "rose 23 places".</summary>
    private static readonly HashSet<string> SportsRecordNouns = new(StringComparer.Ordinal)
    {
        "game", "games", "match", "matches", "place", "places", "try", "tries", "goal", "goals", "cap", "caps", "title", "titles",
        "win", "wins", "defeat", "defeats", "fixture", "fixtures", "frame", "frames",
        // Not "points": a poll's lead and a rate's move are counted in points too ("leads by 10 points", "raised rates by 0.27
        // percentage points"); not "sets" and "rounds", which are also a verb and ammunition.
    };

    /// <summary>
    /// A sports record, "lost nine of their 14 matches", "losing 10 of the next 13 games", "a leap of 65 places": rules.md
    /// counts records among background figures, and "lost" here is a result, not money lost.
    /// </summary>
    private static bool IsSportsRecord(TokenList tokens, int exprEnd, string? noun)
    {
        if (noun is not null) return SportsRecordNouns.Contains(noun);
        int k = exprEnd;
        if (k >= tokens.Count || tokens[k].Lower != "of") return false;
        k++;
        while (k < tokens.Count && tokens[k].Lower is "their" or "the" or "his" or "her" or "its" or "our" or "next" or "last" or "first") k++;
        return k + 1 < tokens.Count && tokens[k].Kind == TokenKind.Number && SportsRecordNouns.Contains(tokens[k + 1].Lower);
    }

    /// <summary>A place on the pitch, "fell to him 16 yards out", "a drive from 20 yards": where something happened, not a change of anything.</summary>
    private static bool IsPitchDistance(TokenList tokens, int start, int exprEnd, string? noun) =>
        noun is "yards" or "yard" or "metres" or "meters"
        && (exprEnd < tokens.Count && tokens[exprEnd].Lower is "out" or "from" or "wide" || start > 0 && tokens[start - 1].Lower is "from" or "within");

    /// <summary>The largest sum read as the price of a thing; above it "costs" is spending ("schemes costing £885m").</summary>
    private const double PriceCeiling = 1_000_000;

    /// <summary>
    /// A price as description: what a thing costs, in the present, "the Cooper S, which costs up to £17,730", "the service
    /// costs $15 per month", "a certificate, costing £135", "priced at £99", "sells for $599". Like a size or a holding it
    /// describes the thing, so it is a background figure. Not a past or future cost ("the experiment cost $12", "the trial
    /// will cost up to $4m" are events and forecasts), not a sum in millions, which is spending, not a price, and not an
    /// average ("The average season ticket now costs £2,300" measures many prices: rules.md's averages are statistical).
    /// </summary>
    private static bool IsPriceOfAThing(TokenList tokens, int start, double? value)
    {
        if (value is not < PriceCeiling || start < 1) return false;
        var before = tokens[start - 1].Lower;
        bool price = before is "costs" or "costing"
            || before is "at" or "for" && start >= 2 && tokens[start - 2].Lower is "priced" or "retails" or "retailing" or "sells" or "selling";
        return price && !AverageBefore(tokens, start);
    }

    /// <summary>"average", "median" or "typical(ly)" in the figure's clause before it.</summary>
    private static bool AverageBefore(TokenList tokens, int start)
    {
        for (int k = start - 1; k >= 0 && k >= start - AverageWindow; k--)
        {
            if (tokens[k].Text is ";" or "(" or ")") break;
            if (tokens[k].Lower is "average" or "median" or "typical" or "typically" or "averaged") return true;
        }
        return false;
    }

    /// <summary>"owns 44% of", "holds 6.7% of": a holding is a background figure.</summary>
    private static bool NextIsHolding(TokenList tokens, int start) =>
        start > 0 && tokens[start - 1].Lower is "owns" or "own" or "holds" or "hold" or "controls" or "control" or "owned" or "held";

    /// <summary>How far back (in tokens) a market word may make a figure market data, and how far shares as the subject may.</summary>
    private const int MarketWordReach = 12, SharesSubjectReach = 30;

    /// <summary>
    /// Share prices, indices, exchange rates, oil prices, bond yields and central-bank rates are public
    /// record, read off the market: their movements are background figures.
    /// </summary>
    private static bool IsMarketData(TokenList tokens, int start, int end)
    {
        // Back to the clause's subject ("Shares in storage and delivery firm Exel closed up 9%", "Google shares have
        // risen since but fell $12.33"), not past ";" or ", but" into another clause ("a weak dollar had hit profits,
        // but global sales were up 1%"). Shares as the subject reach further, over the company's description and the
        // session's other movers ("Shares in MCI, which changed its name from Worldcom when it emerged from bankruptcy,
        // were up 2.4%", "Airline shares closed lower, with Delta … falling by more than 7%"); the other market words
        // do not, as they also name what is no market move ("the 12 euro zone countries … growth of 1.8%").
        for (int k = start - 1; k >= 0 && k >= start - SharesSubjectReach; k--)
        {
            if (tokens[k].Text is ";" || (tokens[k].Lower is "but" or "while" or "whereas" && k > 0 && tokens[k - 1].Text == ",")) break;
            // "Merck's shares tumbled 10% and the company has had to set aside millions": a clause with its own subject.
            if (tokens[k].Lower == "and" && k + 1 < start && tokens[k + 1].Lower is "the" or "its" or "it" or "they" or "their" or "a") break;
            if (k >= start - MarketWordReach ? IsMarketWord(tokens[k]) || IsCurrencyMoving(tokens, k) : tokens[k].Lower == "shares") return true;
        }
        for (int k = start; k < Math.Min(tokens.Count, end + 3); k++)
            if (IsMarketWord(tokens[k])) return true;
        return IsCommodityPriceMove(tokens, start) || IsAgainstACurrency(tokens, end);
    }

    /// <summary>How many words may stand between "against" and the currency it names ("against the Japanese yen").</summary>
    private const int AgainstCurrencyReach = 4;

    /// <summary>
    /// An exchange rate's move, "lost 0.6% against the US dollar", "down 3.2% against the yen": the figure is measured against
    /// a currency, which only a currency's own rate is. Market data, like the other rates IsMarketData names.
    /// </summary>
    private static bool IsAgainstACurrency(TokenList tokens, int end)
    {
        if (end >= tokens.Count || tokens[end].Lower != "against") return false;
        for (int k = end + 1; k < tokens.Count && k <= end + AgainstCurrencyReach; k++)
        {
            if (!tokens[k].IsWord) return false;
            if (IsCurrencyName(tokens[k].Lower)) return true;
        }
        return false;
    }

    /// <summary>
    /// "The currency has gained almost 1%": the word "currency" as the subject of a move, an exchange rate like the dollar's.
    /// ("foreign currency reserves of $119bn" are a holding, not a rate: there a noun follows it.)
    /// </summary>
    private static bool IsCurrencyMoving(TokenList tokens, int k) =>
        tokens[k].Lower == "currency" && k + 1 < tokens.Count && PriceMoveWords.Contains(tokens[k + 1].Lower);

    private static bool IsCurrencyName(string lower) =>
        lower is "dollar" or "dollars" or "euro" or "euros" or "pound" or "sterling" or "yen" or "currency" or "currencies" or "greenback"
        || CurrencyWords.Contains(lower);

    /// <summary>Commodities whose price is read off a market, as a share price is.</summary>
    private static readonly HashSet<string> Commodities = new(StringComparer.Ordinal)
    {
        "oil", "crude", "gold", "silver", "copper", "nickel", "aluminium", "aluminum", "zinc", "platinum", "tin", "commodity",
    };

    /// <summary>Words between a commodity's price and its move: "World oil prices have risen by", "The price of gold fell to".</summary>
    private static readonly HashSet<string> PriceMoveWords = new(StringComparer.Ordinal)
    {
        "by", "to", "at", "up", "down", "closed", "have", "has", "had", "been", "is", "was", "are", "were", "now", "still",
        "rose", "risen", "rise", "fell", "fallen", "fall", "climbed", "dropped", "jumped", "surged", "slipped", "gained", "lost",
        "eased", "soared", "slumped", "tumbled", "plunged",
    };

    /// <summary>
    /// A commodity's price as the figure's subject, moving by or to it: "World oil prices have risen by more than 60%", "The
    /// price of gold fell to $413.50", "Nickel prices rose 43%". Market data, as the fixture names-and-market-data says of
    /// Brent crude. ("High oil prices have knocked 0.2% off the growth rate" measures growth, not a price: "knocked" stops it.)
    /// </summary>
    private static bool IsCommodityPriceMove(TokenList tokens, int start)
    {
        int k = start - 1;
        while (k >= 0 && k >= start - 6 && tokens[k].IsWord && PriceMoveWords.Contains(tokens[k].Lower)) k--;
        if (k == start - 1 || k < 2) return false;
        // "The price of gold fell to": the commodity after "price of".
        if (Commodities.Contains(tokens[k].Lower) && tokens[k - 1].Lower == "of" && tokens[k - 2].Lower is "price" or "prices") return true;
        return tokens[k].Lower is "price" or "prices" or "futures" && Commodities.Contains(tokens[k - 1].Lower);
    }

    private static bool IsMarketWord(Token t) =>
        t.IsWord && t.Lower is "shares" or "stock" or "stocks" or "index" or "ftse" or "dow" or "nasdaq" or "nikkei" or "dax" or "cac" or "yield" or "yields" or "sterling" or "pence" or "trading"
            or "barrel" or "crude" or "brent" or "bond" or "bonds" or "gilts" or "dollar" or "euro" or "interest" or "benchmark";

    /// <summary>A token <see cref="ParseCore"/> may accept: a number, a symbol, or a word that may start a spelled-out figure (<see cref="WordTraits.NumberWord"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // asked of every token of every sentence
    private static bool MayStartFigure(in Token t) =>
        t.Kind switch
        {
            TokenKind.Number or TokenKind.Symbol => true,
            TokenKind.Word => t.Form.Has(WordTraits.NumberWord),
            _ => false,
        };

    private readonly record struct Core(int Start, int End, double? Value, bool IsMoney, bool IsPercent, bool Spelled, bool Vague);

    /// <summary>The number at <paramref name="i"/>: digits, a currency sign, a multiplier, a per cent sign, or spelled-out words.</summary>
    private Core? ParseCore(TokenList tokens, int i)
    {
        var t = tokens[i];
        bool money = false;
        int start = i;
        if (t.Kind == TokenKind.Symbol && t.Text is "£" or "$" or "€" or "¥")
        {
            if (i + 1 >= tokens.Count || tokens[i + 1].Kind != TokenKind.Number) return null;
            money = true;
            i++;
            t = tokens[i];
        }
        else if (t.IsWord && t.Text.Length >= 2 && t.Text[^1] == '$' ) return null;
        if (t.Kind == TokenKind.Number)
        {
            string digits = t.Text;
            int letters = 0;
            while (letters < digits.Length && char.IsLetter(digits[digits.Length - 1 - letters])) letters++;
            string suffix = digits[(digits.Length - letters)..];
            string number = digits[..(digits.Length - letters)];
            if (suffix.Length > 0 && !Multipliers.ContainsKey(suffix) && suffix.ToLowerInvariant() is not ("s" or "km" or "kg" or "mph" or "kph" or "mw" or "gw" or "kw" or "ft" or "cm" or "mm" or "ml" or "g" or "lb" or "lbs" or "oz" or "ha" or "mb" or "gb" or "tb"))
                return null; // 1st, 19th, 3pm, 10am, 4G …
            if (suffix.Equals("s", StringComparison.OrdinalIgnoreCase)) return null; // 1960s, 90s
            double? value = double.TryParse(number.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
            if (Multipliers.TryGetValue(suffix, out var mult)) value *= mult;
            int end = i + 1;
            if (end < tokens.Count && tokens[end].IsWord && Multipliers.TryGetValue(tokens[end].Lower, out var mult2) && tokens[end].Lower.Length > 2)
            {
                value *= mult2;
                end++;
            }
            bool percent = false;
            if (end < tokens.Count && tokens[end].Text == "%") { percent = true; end++; }
            else if (end + 1 < tokens.Count && tokens[end].Lower == "per" && tokens[end + 1].Lower == "cent") { percent = true; end += 2; }
            else if (end < tokens.Count && tokens[end].Lower == "percent") { percent = true; end++; }
            // A time "10:30" or a clock reading.
            if (end + 1 < tokens.Count && tokens[end].Text is ":" && tokens[end + 1].Kind == TokenKind.Number && tokens[end].Span.Start == t.Span.End) return null;
            return new Core(start, end, value, money || suffix is "bn" or "m" && money, percent, false, false);
        }
        if (t.IsWord)
        {
            // Most words are neither a spelled-out number nor a vague count: their form says so without a probe.
            if (!t.Form.Has(WordTraits.NumberWord)) return null;
            string lower = t.Lower;
            if (PluralVagueCounts.Contains(lower) && i + 1 < tokens.Count && tokens[i + 1].Lower == "of")
                return new Core(i, i + 1, null, false, false, true, true);
            if (lower == "a" && i + 1 < tokens.Count && tokens[i + 1].Lower is "dozen" or "hundred" or "thousand" or "million" or "billion")
                return null; // "a dozen", "a million": loose usage, not a reported figure.
            if (TryNumberWord(lower, out double value))
            {
                int end = i + 1;
                while (end < tokens.Count && tokens[end].IsWord && TryNumberWord(tokens[end].Lower, out double next))
                {
                    value = next >= 100 ? value * next : value + next;
                    end++;
                }
                // "one in five", "two out of three": a proportion.
                if (end + 1 < tokens.Count && tokens[end].Lower == "in" && (TryNumberWord(tokens[end + 1].Lower, out _) || tokens[end + 1].Kind == TokenKind.Number && !IsYearNumber(tokens[end + 1])))
                    return new Core(i, end + 2, value, false, true, true, false);
                bool percent = false;
                if (end + 1 < tokens.Count && tokens[end].Lower == "per" && tokens[end + 1].Lower == "cent") { percent = true; end += 2; }
                return new Core(i, end, value, false, percent, true, false);
            }
        }
        return null;
    }

    /// <summary>A word of killing, injury or capture (<see cref="WordTraits.CasualtyWord"/>).</summary>
    internal static bool IsCasualtyWord(string lower) => CasualtyWords.Contains(lower);

    /// <summary>A word <see cref="ParseCore"/> may start a figure at: a plural vague count or a spelled-out number (<see cref="WordTraits.NumberWord"/>).</summary>
    internal static bool MayStartSpelledFigure(LexiconSet lexicons, string lower) =>
        PluralVagueCounts.Contains(lower) || TryNumberWord(lexicons, lower, out _);

    private bool TryNumberWord(string lower, out double value) => TryNumberWord(_lexicons, lower, out value);

    private static bool TryNumberWord(LexiconSet lexicons, string lower, out double value)
    {
        if (lexicons.NumberWords.TryGetValue(lower, out value)) return lower != "zero";
        int hyphen = lower.IndexOf('-');
        if (hyphen > 0 && lexicons.NumberWords.TryGetValue(lower[..hyphen], out var tens) && lexicons.NumberWords.TryGetValue(lower[(hyphen + 1)..], out var units) && tens >= 20 && units < 10)
        {
            value = tens + units;
            return true;
        }
        value = 0;
        return false;
    }

    private static bool IsSmallInteger(Token t) => t.Kind == TokenKind.Number && int.TryParse(t.Text, out int v) && v <= 200;

    /// <summary><paramref name="word"/> stands among the <paramref name="reach"/> tokens before <paramref name="index"/>.</summary>
    private static bool PrecededBy(TokenList tokens, int index, string word, int reach = 3)
    {
        for (int k = index - 1; k >= 0 && k >= index - reach; k--) if (tokens[k].Lower == word) return true;
        return false;
    }

    private static string? CountedNounAfter(TokenList tokens, Core c)
    {
        int k = CountedNounIndex(tokens, c.End, c);
        return k >= 0 ? tokens[k].Lower : null;
    }

    /// <summary>
    /// Closed-class words that follow a number without being what it counts: "£40m over five years",
    /// "six per cent last year", "about 12,000 over the summer".
    /// </summary>
    private static readonly HashSet<string> NotCountedNouns = new(StringComparer.Ordinal)
    {
        "of", "and", "to", "in", "on", "at", "for", "from", "by", "with", "than", "the", "a", "an", "was", "were", "is", "are",
        "has", "have", "had", "will", "would", "who", "which", "that", "per", "over", "under", "last", "next", "this", "after",
        "before", "since", "during", "until", "into", "onto", "up", "down", "between", "against", "within", "about", "around",
        "through", "across", "below", "above", "beyond", "despite", "among", "amid", "or", "but", "as", "if", "while",
        "because", "so", "ago", "earlier", "later", "more", "less", "fewer", "apiece", "each", "overall", "altogether",
        "annually", "too", "already", "still", "only", "just", "compared", "when", "where", "could", "can", "may", "might",
        "should", "be", "been", "being", "do", "does", "did", "not", "it", "its", "their", "his", "her", "our", "these",
    };

    /// <summary>The counted noun: the word after the number, through "of" after vague counts and percentages.</summary>
    private static int CountedNounIndex(TokenList tokens, int end, Core c)
    {
        int k = SkipOpenEnd(tokens, end);
        if (k < tokens.Count && tokens[k].Lower == "of" && (c.Vague || c.IsPercent)) k++;
        else if (c.IsPercent && !c.Spelled) return -1; // "12% last year": a percentage counts nothing unless "of" follows
        if (k < tokens.Count && tokens[k].Lower is "the" && c.IsPercent) return -1;
        if (k >= tokens.Count || !tokens[k].IsWord) return -1;
        string w = tokens[k].Lower;
        if (tokens[k].IsCapitalized || w is "those" or "them" or "these" or "us" or "which" or "whom" or "each" or "every" or "where" or "when") return -1; // "21 Nicolas Kiefer", "9% of those"
        if (NotCountedNouns.Contains(w)) return -1;
        // Skip one adjective before a plural noun: "30 Malian soldiers", "40 new homes".
        if (k + 1 < tokens.Count && tokens[k + 1].IsWord && !w.EndsWith('s') && tokens[k + 1].Lower.EndsWith('s') && tokens[k + 1].Lower.Length > 3
            && tokens[k + 1].Lower is not ("was" or "has" or "is" or "this" or "its" or "his" or "as" or "plus" or "across" or "does" or "says"))
            return k + 1;
        return k;
    }

    /// <summary>An open end after the number belongs to it, not to what it counts: "10 or more years", "15+ hours", "20-plus staff".</summary>
    private static int SkipOpenEnd(TokenList tokens, int end)
    {
        if (end + 1 < tokens.Count && tokens[end].Lower == "or" && tokens[end + 1].Lower is "more" or "so" or "less" or "fewer" or "over") return end + 2;
        if (end < tokens.Count && tokens[end].Text == "+") return end + 1;
        if (end + 1 < tokens.Count && tokens[end].Text is "-" && tokens[end + 1].Lower == "plus") return end + 2;
        return end;
    }

    private bool IsNotAFigure(TokenList tokens, Core c, int end, string? noun, bool percent, bool money, bool casualtySentence)
    {
        var first = tokens[c.Start];
        // "3G", "4G": a generation of networks, not grams.
        if (first.Kind == TokenKind.Number && first.Text.EndsWith('G') && !money) return true;
        // A race distance named as an event, with nothing counted and no currency: "the 10,000m", "1500m".
        if (!money && !percent && noun is null or "heats" or "heat" or "final" or "finals" or "race" or "title" or "record" or "relay" or "hurdles" or "freestyle" or "gold" or "champion" or "silver" or "bronze" or "medal" or "medallist" or "medalist"
            && first.Kind == TokenKind.Number && first.Text.EndsWith('m') && c.End == c.Start + 1
            && double.TryParse(first.Text[..^1].Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out double metres) && RaceDistances.Contains(metres))
            return true;
        // Durations, times and ages: "10 years", "20 minutes", "a 34-year-old".
        if (noun is not null && _lexicons.CountedNounsSkip.Contains(noun) && !percent && !money) return true;
        if (end + 1 < tokens.Count && tokens[end].Text == "-" && tokens[end + 1].IsWord && _lexicons.CountedNounsSkip.Contains(WithoutPossessive(tokens[end + 1]))) return true; // "the 31-year-old's career"
        if (noun is not null && Months.Contains(noun) && !money && !percent) return true;
        if (end < tokens.Count && IsMonthName(tokens[end]) && !money && !percent) return true; // 12 March
        // "March 12"; "Oct. 30", "Nov. 9": an abbreviated month with its full stop.
        int monthBefore = c.Start > 1 && tokens[c.Start - 1].Text == "." ? c.Start - 2 : c.Start - 1;
        if (monthBefore >= 0 && IsMonthName(tokens[monthBefore]) && !money && !percent) return true;
        // Days in a list that ends on its month: "on 14, 20 and 27 April", "the weekend of 9 and 10 July".
        if (!money && !percent && IsDayOfDateList(tokens, c)) return true;
        // A time of day: "at 0227 GMT", "10 am".
        if (!money && !percent && end < tokens.Count && tokens[end].IsWord && TimeZoneOrClock.Contains(tokens[end].Lower)) return true;
        // "9/11", "1998/99", "24/7": a date, a season or an idiom written with a slash, not a quantity.
        if (!money && !percent && JoinedBySlash(tokens, c.Start, end)) return true;
        // An age: "died at the age of 87".
        if (!money && !percent && c.Start >= 2 && tokens[c.Start - 1].Lower == "of" && tokens[c.Start - 2].Lower == "age") return true;
        // Years: 1000–2100 written without separators, with no sign of money or a percentage.
        if (!money && !percent && IsYearNumber(first)) return true;
        // A study's method: "the survey of 5,196 firms found", "The ICM survey interviewed 110 pupils", "a margin of error of
        // 3 percentage points". It describes the source (the study) and is no claim of its own to source.
        if (!money && (IsStudyMethod(tokens, c.Start) || IsSampleQuestionedFor(tokens, end))) return true;
        // Identifiers and references: "Article 5", "Windows 10", "No. 10", "Apollo 11", "the A1".
        if (!money && !percent && c.Start > 0)
        {
            var before = tokens[c.Start - 1];
            if (before.IsWord && IdentifierHeads.Contains(before.Lower)) return true;
            if (before.IsWord && before.IsCapitalized && c.Start - 1 > 0 && !Months.Contains(before.Text) && !IsApproximatorWord(before.Lower) && first.Kind == TokenKind.Number)
                return true;
            // The same at the start of a sentence when nothing is counted: "Doom 3 was developed over four years".
            if (before.IsWord && before.IsCapitalized && c.Start - 1 == 0 && noun is null && c.End == c.Start + 1 && first.Kind == TokenKind.Number
                && !Months.Contains(before.Text) && !IsApproximatorWord(before.Lower) && !QuantityOpeners.Contains(before.Lower))
                return true;
            if (before.Text is "#" or "№") return true;
        }
        if (!money && !percent && end < tokens.Count && tokens[end].Text is ":" or ")" && c.End == c.Start + 1 && (c.Start == 0 || tokens[c.Start - 1].Text is "(" )) return true; // "2)" list markers
        if (!money && !percent && end < tokens.Count && tokens[end].Text == ":" ) return true;
        // A ranking: "has risen from 31 in the world to number 22", "ranked 168", "with his ranking down at 168".
        if (!money && !percent && noun is null && IsRanking(tokens, c)) return true;
        // An age: "when he was just 14", "since she was 16".
        if (!money && !percent && noun is null && !c.Spelled && c.Value is < 120 && IsAgeOfPerson(tokens, c)) return true;
        // Age bands: "people over 60", "children under five", "those over 75" (nothing counted after the number).
        if (!money && !percent && noun is null && c.Value is < 120 && c.Start >= 2 && tokens[c.Start - 1].Lower is "over" or "under"
            && tokens[c.Start - 2].Lower is "people" or "adults" or "children" or "pensioners" or "those" or "men" or "women" or "anyone" or "everyone" or "patients" or "drivers" or "voters" or "residents")
            return true;
        // Rankings and ages: "the top 200", "top 10", "died at 50", "adults at 18".
        if (!money && !percent && c.Start > 0 && tokens[c.Start - 1].Lower is "top" or "bottom" or "aged" or "age") return true;
        if (!money && !percent && c.Start > 0 && tokens[c.Start - 1].Lower == "at" && c.End == c.Start + 1 && noun is null && c.Value is < 120 && !c.Spelled) return true;
        if (!money && !percent && c.Start > 0 && tokens[c.Start - 1].Text == ":" && tokens[c.Start - 1].Span.End == first.Span.Start) return true; // 11:30
        // An age in apposition: "The driver, 61, was not hurt", "Tom Baxter, 27, spent …".
        if (!money && !percent && !c.Spelled && c.End == c.Start + 1 && c.Start > 0 && tokens[c.Start - 1].Text == ","
            && c.End < tokens.Count && tokens[c.End].Text == "," && first.Text.Length <= 3 && c.Value is < 120) return true;
        // Small spelled-out counts under ten are figures only for casualties, money and percentages.
        if (c.Spelled && !c.Vague && !percent && !money && c.Value is < 10)
        {
            if (!casualtySentence) return true;
            if (first.Lower == "one" && (noun is null || noun is "of" or "which" or "who" or "another")) return true;
        }
        if (c.Spelled && first.Lower == "one" && c.End == c.Start + 1 && !percent && !casualtySentence) return true;
        // Spelled round numbers used loosely ("a thousand times", "hundred") without a counted noun.
        if (c.Spelled && noun is null && !percent && !c.Vague) return true;
        return false;
    }

    /// <summary>A number that ranks rather than counts: "31 in the world", "ranked 168", "ranking down at 168" (rules.md: ordinals are no figures).</summary>
    private static bool IsRanking(TokenList tokens, Core c)
    {
        if (c.End + 2 < tokens.Count && tokens[c.End].Lower == "in" && tokens[c.End + 1].Lower == "the" && tokens[c.End + 2].Lower == "world") return true;
        if (c.Start >= 1 && tokens[c.Start - 1].Lower == "ranked") return true;
        // "with his ranking down at 168": the ranking's own "at".
        if (c.Start >= 2 && tokens[c.Start - 1].Lower == "at")
            for (int k = c.Start - 2; k >= 0 && k >= c.Start - 3; k--)
                if (tokens[k].Lower is "ranking" or "rank") return true;
        return false;
    }

    /// <summary>A person's age after "he/she/I was": "when he was just 14", "since she was 16" ("we were 11" counts people).</summary>
    private static bool IsAgeOfPerson(TokenList tokens, Core c)
    {
        int k = c.Start - 1;
        while (k >= 0 && tokens[k].Lower is "just" or "only" or "still" or "barely" or "nearly" or "almost") k--;
        return k >= 1 && tokens[k].Lower is "was" or "is" or "were" && tokens[k - 1].Lower is "he" or "she" or "i"
            && (c.End >= tokens.Count || !tokens[c.End].IsWord || tokens[c.End].Lower is "when" or "and" or "but" or "at" or "in" or "years");
    }

    private static string WithoutPossessive(Token t) => t.IsPossessive ? t.Lower[..^2] : t.Lower;

    /// <summary>Time zones and clock words after a number: "0227 GMT", "10 am".</summary>
    private static readonly HashSet<string> TimeZoneOrClock = new(StringComparer.Ordinal)
    {
        "gmt", "bst", "utc", "cet", "cest", "est", "edt", "pst", "pdt", "cst", "cdt", "am", "pm", "a.m.", "p.m.", "hrs",
    };

    /// <summary>
    /// A day number (1–31) followed by more day numbers joined by commas, "and", "or" or a dash, ending on a capitalized
    /// month: every number of "on 14, 20 and 27 April" is part of a date.
    /// </summary>
    private static bool IsDayOfDateList(TokenList tokens, Core c)
    {
        if (c.Spelled || c.End != c.Start + 1 || !IsDayNumber(tokens[c.Start])) return false;
        int k = c.End;
        bool joined = false;
        for (int steps = 0; k < tokens.Count && steps < 12; steps++, k++)
        {
            var t = tokens[k];
            if (t.Text is "," or "-" or "–" or "&" || t.Lower is "and" or "or" or "to") { joined = true; continue; }
            if (IsDayNumber(t)) continue;
            break;
        }
        return joined && k < tokens.Count && IsMonthName(tokens[k]);
    }

    /// <summary>A month's name as a date writes it: capitalized ("March", "Oct"), so "may" and "march" stay verbs.</summary>
    private static bool IsMonthName(Token t) => t.IsWord && t.IsCapitalized && Months.Contains(t.Text);

    private static bool IsDayNumber(Token t) => t.Kind == TokenKind.Number && t.Text.Length <= 2 && int.TryParse(t.Text, out int day) && day is >= 1 and <= 31;

    /// <summary>A number written against another with a slash and no spaces: "9/11", "1998/99".</summary>
    private static bool JoinedBySlash(TokenList tokens, int start, int end)
    {
        if (start >= 2 && tokens[start - 1].Text == "/" && tokens[start - 2].Kind == TokenKind.Number
            && tokens.TouchesPrevious(start - 1) && tokens.TouchesPrevious(start))
            return true;
        return end + 1 < tokens.Count && end == start + 1 && tokens[end].Text == "/" && tokens[end + 1].Kind == TokenKind.Number
            && tokens.TouchesPrevious(end) && tokens.TouchesPrevious(end + 1); // end is start + 1
    }

    /// <summary>Words that open a sentence about a quantity, so the number after them is still a figure ("Only 30 were found").</summary>
    private static readonly HashSet<string> QuantityOpeners = new(StringComparer.Ordinal)
    {
        "only", "just", "some", "all", "another", "the", "a", "an", "these", "those", "its", "their", "his", "her", "our", "and", "but",
        "roughly", "approximately", "at", "by", "of", "in", "to", "from", "with", "for", "on", "exactly", "fewer", "under", "below", "above",
    };

    /// <summary>Standard race distances written as event names: "the 10,000m", "the 1500m", "4x100m".</summary>
    private static readonly HashSet<double> RaceDistances = new() { 60, 100, 110, 200, 400, 800, 1000, 1500, 2000, 3000, 5000, 10000 };

    /// <summary>A year as written in news copy: four digits, 1000–2100, no separators.</summary>
    private static bool IsYearNumber(Token t) =>
        t.Kind == TokenKind.Number && t.Text.Length == 4 && int.TryParse(t.Text, out int year) && year is >= 1000 and <= 2100;

    private static bool IsBareYear(Token first, Core c) => !c.IsMoney && !c.IsPercent && c.End == c.Start + 1 && IsYearNumber(first);

    /// <summary>Words for a study whose sample a figure may give: "a survey of 2,000 adults", "the poll of 22,953 people".</summary>
    private static readonly HashSet<string> StudyNouns = new(StringComparer.Ordinal)
    {
        "survey", "surveys", "poll", "polls", "study", "studies", "questionnaire", "census", "sample", "samples", "panel",
    };

    /// <summary>A word for a study whose sample a figure may give (<see cref="StudyNouns"/>); the attribution recognizer reads a number in such a study's phrase as its sample.</summary>
    internal static bool IsStudyNoun(string lower) => StudyNouns.Contains(lower);

    /// <summary>
    /// The figure gives a study's method, not its findings: its sample after "survey of" (with its approximator: "a
    /// poll of more than 1,000 voters", and where the sample was taken: "of 20,000 people in 20 countries"), after
    /// "interviewed", "questioned", "surveyed", "polled" whose subject is a study, its researchers or a pollster, or as "the sample
    /// is 834"; or its margin of error ("a margin of error of plus or minus 3 percentage points"). A plain "questioned
    /// 20 people" (the police) is left a figure.
    /// </summary>
    private bool IsStudyMethod(TokenList tokens, int coreStart)
    {
        int approx = ApproximatorStart(tokens, coreStart);
        int k = (approx >= 0 ? approx : coreStart) - 1;
        if (k < 1) return false;
        string before = tokens[k].Lower;
        if (before == "of" && StudyNouns.Contains(tokens[k - 1].Lower)) return true;
        if (before is "is" or "was" or "of" && tokens[k - 1].Lower is "sample" or "size") return true;
        if (before == "in" && k >= 4 && tokens[k - 3].Lower == "of" && StudyNouns.Contains(tokens[k - 4].Lower)) return true; // "poll of 20,000 people in 20 countries"
        // "The study was based on 8,000 telephone interviews", "The poll was conducted … among 1,358 registered voters".
        if (before is "on" && k >= 1 && tokens[k - 1].Lower == "based" && StudyNounBefore(tokens, k - 1)) return true;
        if (before is "among" && StudyNounBefore(tokens, k) && PrecededBy(tokens, k, "conducted", StudyNounReach)) return true;
        // "interviewed 401 people before the resignation and 601 afterwards": a second sample coordinated with the first
        // (a share after it, "… and 40% said", is a finding).
        if (before == "and" && ParseCore(tokens, coreStart) is { IsPercent: false } && SampleBefore(tokens, k)) return true;
        if (before is "interviewed" or "questioned" or "surveyed" or "polled" or "sampled")
        {
            for (int j = k - 1; j >= 0 && j >= k - 4; j--)
                if (StudyNouns.Contains(tokens[j].Lower) || tokens[j].Lower is "researchers" or "pollsters" or "pollster" or "polling" || IsPollsterName(tokens[j])) return true;
            return false;
        }
        // "margin of (sampling) error (for all respondents) is plus or minus 3.4 percentage points"; "error margin of 3%".
        for (int j = k; j >= 1 && j >= k - 8; j--)
        {
            if (tokens[j].Text is "." or ";" or "," || tokens[j].Kind == TokenKind.Number) return false;
            if (tokens[j].Lower == "error" && (tokens[j - 1].Lower == "sampling" ? j >= 3 && tokens[j - 3].Lower == "margin" : j >= 2 && tokens[j - 2].Lower == "margin")) return true;
            if (tokens[j].Lower == "margin" && tokens[j - 1].Lower == "error") return true;
            if (tokens[j].Lower == "interval" && tokens[j - 1].Lower is "credibility" or "confidence") return true; // "a credibility interval of 5 percentage points"
        }
        return false;
    }

    /// <summary>How far back (in tokens) from "and" a first sample may stand for the number after it to be a second one.</summary>
    private const int CoordinatedSampleReach = 12;

    /// <summary>A number within <see cref="CoordinatedSampleReach"/> before the "and" at <paramref name="and"/>, in its clause, gives a study's sample.</summary>
    private bool SampleBefore(TokenList tokens, int and)
    {
        for (int j = and - 1; j >= 1 && j >= and - CoordinatedSampleReach; j--)
        {
            if (tokens[j].Text is "." or ";" or ",") return false;
            if (tokens[j].Kind == TokenKind.Number && tokens[j - 1].Kind != TokenKind.Number && tokens[j - 1].Kind != TokenKind.Symbol)
                return IsStudyMethod(tokens, j);
        }
        return false;
    }

    /// <summary>Polling firms that news copy names as the subject of "interviewed": "ICM interviewed 1,000 adults".</summary>
    private static readonly HashSet<string> Pollsters = new(StringComparer.Ordinal)
    {
        "icm", "mori", "ipsos", "yougov", "populus", "gallup", "comres", "nop", "gfk", "bmrb", "tns", "survation", "opinium",
        "zogby", "rasmussen", "quinnipiac", "marist", "ekos", "nanos", "newspoll", "emnid", "forsa",
    };

    /// <summary>
    /// A pollster by name: a polling firm of <see cref="Pollsters"/>, or a name ending in "Research" ("CommunicateResearch",
    /// "Opinion Research"). Its interviews are its poll's sample, as "the survey interviewed" is; a plain name does not
    /// tell a pollster from the police ("Police interviewed 20 people" stays a figure).
    /// </summary>
    private static bool IsPollsterName(in Token t) =>
        t.IsWord && t.IsCapitalized && (Pollsters.Contains(t.Lower) || t.Lower.EndsWith("research", StringComparison.Ordinal));

    /// <summary>How far back (in tokens) a study noun may name the study whose sample a figure gives ("The International Benchmarking Study was based on").</summary>
    private const int StudyNounReach = 12;

    private static bool StudyNounBefore(TokenList tokens, int k)
    {
        for (int j = k - 1; j >= 0 && j >= k - StudyNounReach; j--)
        {
            if (tokens[j].Text is "." or ";") return false;
            if (StudyNouns.Contains(tokens[j].Lower)) return true;
        }
        return false;
    }

    /// <summary>
    /// The sample given in the passive: "Almost 23,000 people in 22 countries were questioned for the poll", "1,200 adults
    /// were interviewed in the survey". As "a poll of 23,000 people", it describes the source, not a finding.
    /// </summary>
    private static bool IsSampleQuestionedFor(TokenList tokens, int end)
    {
        for (int k = end; k + 3 < tokens.Count && k <= end + SampleVerbReach; k++)
        {
            if (!tokens[k].IsWord && tokens[k].Kind != TokenKind.Number) return false; // "people in 22 countries were"
            if (tokens[k].Lower is not ("were" or "was" or "had" or "have")) continue;
            int v = k + 1;
            if (tokens[v].Lower == "been") v++;
            if (v + 2 >= tokens.Count || tokens[v].Lower is not ("questioned" or "interviewed" or "surveyed" or "polled" or "sampled")) return false;
            if (tokens[v + 1].Lower is not ("for" or "in" or "by")) return false;
            for (int j = v + 2; j < tokens.Count && j <= v + 5; j++) if (StudyNouns.Contains(tokens[j].Lower)) return true;
            return false;
        }
        return false;
    }

    /// <summary>How many words may stand between a sample's figure and its "were questioned" ("people in 22 countries").</summary>
    private const int SampleVerbReach = 6;

    private static bool IsApproximatorWord(string lower) => lower is "more" or "less" or "about" or "around" or "nearly" or "almost" or "over" or "some" or "up";

    /// <summary>Verbs whose "up" is a rise: "gone up to", "went up to", "shot up to".</summary>
    private static readonly HashSet<string> RiseVerbs = new(StringComparer.Ordinal)
    {
        "go", "goes", "going", "gone", "went", "shot", "shoots", "edged", "edges", "crept", "creeps", "moved", "moves", "pushed",
    };

    private int ApproximatorStart(TokenList tokens, int coreStart)
    {
        for (int len = 3; len >= 1; len--)
        {
            int s = coreStart - len;
            if (s < 0) continue;
            bool ok = true;
            for (int k = s; k < coreStart; k++) { if (!tokens[k].IsWord) { ok = false; break; } _approximatorWords[k - s] = tokens[k].Lower; }
            if (!ok) continue;
            // "dues have gone up to $8,400", "the rate went up to 5%": "up" is the verb's, a rise to the figure, not "up to"
            // the approximator (which then hid the change from the predicate test).
            if (_approximatorWords[0] == "up" && s > 0 && RiseVerbs.Contains(tokens[s - 1].Lower)) continue;
            if (_approximators.MatchAt(new ArraySegment<string>(_approximatorWords, 0, len), 0) == len) return s;
        }
        return -1;
    }

    private int AbsorbConversion(TokenList tokens, int exprEnd)
    {
        if (exprEnd >= tokens.Count || tokens[exprEnd].Text != "(") return exprEnd;
        int close = -1;
        for (int k = exprEnd + 1; k < tokens.Count && k < exprEnd + 12; k++)
            if (tokens[k].Text == ")") { close = k; break; }
        if (close < 0) return exprEnd;
        for (int k = exprEnd + 1; k < close; k++)
            if (!(tokens[k].Kind is TokenKind.Number or TokenKind.Symbol || tokens[k].Text is ";" or "," or "or" or "about" or "around" or "roughly" or "%" || (tokens[k].IsWord && (Multipliers.ContainsKey(tokens[k].Lower) || CurrencyWords.Contains(tokens[k].Lower) || tokens[k].Lower is "us" or "per" or "cent"))))
                return exprEnd;
        return close + 1;
    }

    private int AbsorbFigureOfFigure(TokenList tokens, int exprEnd)
    {
        if (exprEnd + 2 < tokens.Count && tokens[exprEnd].Lower == "of" && tokens[exprEnd + 1].Lower is "the" or "a" or "its" or "their")
        {
            var next = ParseCore(tokens, exprEnd + 2);
            if (next is { } n && (n.IsMoney || n.IsPercent || tokens[exprEnd + 2].Kind == TokenKind.Symbol)) return AbsorbConversion(tokens, n.End);
        }
        return exprEnd;
    }

    private static string Singular(string noun)
    {
        if (noun.EndsWith("ies", StringComparison.Ordinal) && noun.Length > 4) return noun[..^3] + "y";
        if (noun.EndsWith("sses", StringComparison.Ordinal)) return noun[..^2];
        if (noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) && noun.Length > 3) return noun[..^1];
        return noun;
    }
}

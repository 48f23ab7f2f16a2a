using FluentAssertions;
using SourceLint.Core.Configuration;
using SourceLint.Core.Lexicons;
using SourceLint.Core.Recognizers.Figures;
using SourceLint.Core.Sentences;
using SourceLint.Core.Text;

namespace SourceLint.Core.Tests.Recognizers;

/// <summary>The figure / not-a-figure lists of the rules specification, sentence by sentence.</summary>
public class FigureRecognizerTests
{
    private static readonly FigureRecognizer Recognizer = new(LexiconSet.Create(LintConfiguration.Default));

    private static List<SourceLint.Core.Analysis.Figure> Figures(string sentence) =>
        Recognizer.Recognize(sentence, Tokenizer.Tokenize(sentence, new TextSpan(0, sentence.Length)));

    [Theory]
    [InlineData("More than 30 soldiers were killed in Sunday's attack.", "More than 30 soldiers", 30d)]
    [InlineData("Dozens of militants stormed the base.", "Dozens of militants", null)]
    [InlineData("The deal is worth $2.4bn to the company.", "$2.4bn", 2.4e9d)]
    [InlineData("The council spent £300,000 on repairs.", "£300,000", 300000d)]
    [InlineData("Unemployment rose to 12% last year.", "12%", 12d)]
    [InlineData("One in five adults smoke.", "One in five adults", 1d)]
    [InlineData("The ship carried 40 tonnes of grain.", "40 tonnes", 40d)]
    [InlineData("Thirty soldiers died in the attack.", "Thirty soldiers", 30d)]
    [InlineData("Five people were killed in the crash.", "Five people", 5d)]
    [InlineData("Ten or more people were killed when the stage collapsed.", "Ten or more people", 10d)]
    public void Finds_the_figure_with_approximator_and_counted_noun(string sentence, string text, double? value)
    {
        var figure = Figures(sentence).Should().ContainSingle().Subject;
        figure.Text.Should().Be(text);
        figure.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("Tickets cost between 250 and 600 euros.", "between 250 and 600 euros")]
    [InlineData("The project cost 30bn baht (£398m; $768m) in total.", "30bn baht (£398m; $768m)")]
    [InlineData("Prices fell from 102 to 81 in a year.", "102 to 81")]
    public void Ranges_changes_and_conversions_are_one_figure(string sentence, string contains)
    {
        Figures(sentence).Should().ContainSingle().Which.Text.Should().Contain(contains);
    }

    [Theory]
    [InlineData("Timbuktu was captured by Islamist militants in 2012.")]
    [InlineData("The bridge reopened on 12 March after repairs.")]
    [InlineData("The meeting starts at 10:30 on Sunday.")]
    [InlineData("It took 10 years to build the dam.")]
    [InlineData("It is 20 years since the war ended.")]
    [InlineData("A 34-year-old man was arrested.")]
    [InlineData("Covid-19 spread quickly through the G7 countries.")]
    [InlineData("The F-16 jets invoked Article 5 of the treaty.")]
    [InlineData("Leaders of two countries met one man.")]
    [InlineData("England won 3-1 at Wembley.")]
    [InlineData("She finished 19th in the race.")]
    [InlineData("Previews will be held on 14, 20 and 27 April.")]
    [InlineData("The festival runs over the weekend of 9 and 10 July.")]
    [InlineData("The deal was sealed at 0227 GMT on Friday.")]
    [InlineData("Some have not heard from them for 10 or more years.")]
    [InlineData("Some players play 15+ hours at a stretch.")]
    [InlineData("Airlines emerged from a post 9/11 slump after the 1998/99 season.")]
    [InlineData("She has slipped from 31 in the world to number 40.")]
    [InlineData("Rhys Price, ranked 106, won in four sets.")]
    [InlineData("With his ranking down at 168, many feared the worst.")]
    [InlineData("He won a scholarship to the academy when he was just 15.")]
    [InlineData("The choir turned a 15-6 half-time deficit into a win.")]
    [InlineData("Many feared the 31-year-old's career was over.")]
    [InlineData("The bookmakers made the novel the 6/4 favourite.")]
    [InlineData("The actor has died at the age of 87.")]
    [InlineData("The poll was conducted between Oct. 30 and Nov. 9 last year.")]
    [InlineData("Ellis, the 200m bronze medallist, returns next week.")]
    public void Leaves_alone_what_is_not_a_figure(string sentence)
    {
        Figures(sentence).Should().BeEmpty();
    }

    [Fact]
    public void A_figure_used_as_a_descriptor_is_a_background_figure()
    {
        Figures("Fans filled a 60,000-seater stadium that was killed off later.").Should().ContainSingle()
            .Which.IsStatistical.Should().BeFalse();
        Figures("Vodafone has 14m customers in the UK.").Single().IsStatistical.Should().BeFalse();
        Figures("More than 30 soldiers were killed on Sunday.").Single().IsStatistical.Should().BeTrue();
    }

    [Theory]
    [InlineData("Shares in storage and delivery firm Exel closed up 9% on Tuesday.", false)]
    [InlineData("Google shares have risen since but fell 12% on Tuesday.", false)]
    [InlineData("A weak dollar had hit profits, but global sales were up 1% in 2004.", true)]
    [InlineData("Shares in Harbour Telecom, which changed its name from Bayline when it left administration last spring, were up 2.4% on Tuesday.", false)]
    [InlineData("Airline shares closed lower on the announcement, with Skyway, Northjet and Coastal Air all falling by more than 7%.", false)]
    [InlineData("Harbour's shares tumbled on the news, for the second time this month in London, and the company has lost £40m on claims this year.", true)]
    [InlineData("In contrast, the euro zone countries, which share one currency and one central bank and one set of rules, will see growth of only 1.8%.", true)]
    [InlineData("World oil prices have risen by more than 60% since January.", false)]
    [InlineData("The price of gold fell to $413.50 an ounce in Asia.", false)]
    [InlineData("High oil prices have knocked 0.2% off the growth rate.", true)]
    [InlineData("The Welsh rand lost as much as 0.6% against the US dollar before recovering.", false)]
    [InlineData("The currency has gained almost 1% in the past three sessions.", false)]
    [InlineData("Exports rose 4% against a forecast of 3%.", true)]
    [InlineData("Foreign currency reserves of £19bn beat its public debt of £13bn.", true)]
    public void Market_moves_are_background_figures_within_their_own_clause(string sentence, bool statistical)
    {
        Figures(sentence).First().IsStatistical.Should().Be(statistical);
    }

    [Theory]
    [InlineData("The poll of 22,953 people was conducted by GlobeScan.", "22,953")]
    [InlineData("Manufacturing employment fell 2%, the survey of 5,196 firms found.", "5,196")]
    [InlineData("The ICM survey interviewed 110 pupils for Ofsted.", "110")]
    [InlineData("A poll of more than 1,000 voters found 40% would switch.", "1,000")]
    [InlineData("The survey of a sample of 500 students was published on Monday.", "500")]
    [InlineData("The poll of 20,000 people in 20 countries was published on Monday.", "20 countries")]
    [InlineData("The registered voter sample is 834, the pollsters said.", "834")]
    [InlineData("The poll has a margin of error of plus or minus 3 percentage points.", "3 percentage points")]
    [InlineData("The margin of sampling error for all respondents is plus or minus 3.4 percentage points.", "3.4")]
    [InlineData("The margin of error is between 2.5 and 4 points.", "2.5")]
    [InlineData("Almost 23,000 people in 22 countries were questioned for the poll.", "23,000")]
    [InlineData("Almost 23,000 people in 22 countries were questioned for the poll.", "22 countries")]
    [InlineData("The Harbour Study was based on 8,000 telephone interviews with savers.", "8,000")]
    [InlineData("The poll was conducted by telephone among 1,031 registered voters.", "1,031")]
    [InlineData("The poll has a credibility interval of 5 percentage points.", "5 percentage points")]
    [InlineData("ICM interviewed 1,000 adults for the poll.", "1,000")]
    [InlineData("Polling firm Harbour interviewed more than 2,000 savers for the survey.", "2,000")]
    [InlineData("CoastResearch interviewed 420 savers before the rate cut and 580 afterwards.", "420")]
    [InlineData("CoastResearch interviewed 420 savers before the rate cut and 580 afterwards.", "580")]
    public void A_studys_method_describes_the_source_and_is_not_a_figure(string sentence, string sample)
    {
        Figures(sentence).Should().NotContain(f => f.Text.Contains(sample));
    }

    [Fact]
    public void The_findings_beside_a_sample_are_still_figures()
    {
        Figures("A poll of more than 1,000 voters found 40% would switch.").Select(f => f.Text).Should().Equal("40%");
        Figures("Manufacturing employment fell 2%, the survey of 5,196 firms found.").Select(f => f.Text).Should().Equal("2%");
        Figures("Clinton leads 44% to 43%, within the poll's margin of error.").Select(f => f.Text).Should().Equal("44% to 43%");
    }

    [Theory]
    [InlineData("Police questioned 20 people after the attack.", "20 people")]
    [InlineData("Twenty people were questioned by police after the attack.", "Twenty people")]
    [InlineData("The scheme was based on 300 new homes.", "300 new homes")]
    [InlineData("The study cost £2m.", "£2m")]
    [InlineData("A survey found 40% of adults smoke.", "40% of adults")]
    [InlineData("Detectives interviewed 20 people after the attack.", "20 people")]
    public void Counts_near_a_study_that_are_not_its_sample_stay_figures(string sentence, string text)
    {
        Figures(sentence).Should().ContainSingle().Which.Text.Should().Be(text);
    }

    [Theory]
    [InlineData("Three people, including a 34-year-old man, were injured when a bus hit a wall.", true)]
    [InlineData("The choir had 84 members, had been rehearsing for many months, and sang at Easter.", false)]
    [InlineData("Less than 6% of the £22bn lent to small businesses went to firms in the county.", true)]
    [InlineData("One in five adults now works mainly from home.", true)]
    [InlineData("The average price of a home in the city is now £268,000.", true)]
    [InlineData("The Dow Jones Industrial average closed down 0.89 points.", false)]
    [InlineData("In 2019, 1,200 tenants in the city were evicted for rent arrears.", true)]
    [InlineData("Since 1 April, more than 300 families have been placed in emergency housing.", true)]
    [InlineData("More than 300 people attended the meeting.", false)]
    [InlineData("The documentary was watched by 1.4 million viewers on its first night.", true)]
    [InlineData("More than 40 roads were closed by flooding.", false)]
    public void Statistical_claims_are_the_kinds_rules_md_lists_and_other_figures_are_background(string sentence, bool statistical)
    {
        Figures(sentence).First().IsStatistical.Should().Be(statistical);
    }

    [Theory]
    [InlineData("The firm employs 77,000 people, running depots in over 30 countries.", false)]
    [InlineData("The mill employs more than 5,000 people worldwide, with about 700 in Wales.", false)]
    [InlineData("The valley has a population of about 44,000 and a single hospital.", false)]
    [InlineData("The mosaic is made up of 196 separate tiles.", false)]
    [InlineData("Ceredigion Books picked up a total of 48 nominations this year.", false)]
    [InlineData("Parents will be able to top up the fund with up to £1,200 a year.", false)]
    [InlineData("Growth is forecast at 2.1% this year, before picking up again to 2.4% in 2027.", true)]
    [InlineData("Two local investors have each put up £480,000 to save the pier.", true)]
    [InlineData("One in 10 Welsh adults - 250,000 people - now owns an electric bike.", true)]
    [InlineData("Two-thirds of the town's population, 4,000 people, live on less than £100 a week.", true)]
    [InlineData("Young people are hardest hit, with 37% out of work.", true)]
    [InlineData("Persistent truants make up one in 13 pupils.", true)]
    [InlineData("Wales have lost nine of their last 14 matches.", false)]
    [InlineData("The ball fell to him 16 yards out.", false)]
    [InlineData("The album rose 23 places to number six.", false)]
    [InlineData("The bank raised rates by 0.25 percentage points to 5%.", true)]
    [InlineData("She leads the race by 10 points among older voters.", true)]
    [InlineData("The Acorn saver from the Riverside Building Society is paying 4.6% on balances of £5 or more.", false)]
    [InlineData("The bond pays savers 3.9% a year.", false)]
    [InlineData("The Acorn saver is now paying 4.6%, up from 4.1% in the spring.", true)]
    [InlineData("The buyer is paying a 35% premium to the firm's share price.", true)]
    [InlineData("Some 40,000 families in the county are paying 60% marginal tax rates.", true)]
    [InlineData("The league banned her for missing three doping tests.", false)]
    [InlineData("The larger model, which costs up to £17,500, has a waiting list.", false)]
    [InlineData("The streaming service costs $12 per month.", false)]
    [InlineData("To get a permit, costing £135, drivers must show proof of address.", false)]
    [InlineData("The handset went on sale on Friday and, priced at £99, undercuts its rivals.", false)]
    [InlineData("Truants skip class despite government schemes costing £885m.", true)]
    [InlineData("The experiment cost $12 because it used so much computing power.", true)]
    [InlineData("Rovers are missing 14 players through injury and suspension.", false)]
    [InlineData("Three climbers have been missing since Sunday.", true)]
    [InlineData("The console goes on sale next month for £180.", false)]
    [InlineData("The bakery sold 2,000 pies in its first week on sale.", true)]
    [InlineData("Today a membership costs $9,000, while annual dues have gone up to $3,400.", true)]
    [InlineData("Annual dues at the club have gone up to $3,400.", true)]
    [InlineData("The club charges up to $3,400 in annual dues.", false)]
    [InlineData("Mair won the long jump with a leap of 6.41m.", false)]
    [InlineData("Owen reached 7.80m on his very first jump.", false)]
    [InlineData("The burglar jumped 20ft from a balcony.", false)]
    [InlineData("Sales saw a 12% jump in March.", true)]
    [InlineData("Ticket sales jumped 40,000 in a week.", true)]
    [InlineData("She climbed to a season's best of 4.45m in the pole vault.", false)]
    public void Words_that_only_look_like_predicates_make_no_statistical_claim(string sentence, bool statistical)
    {
        Figures(sentence).Any(f => f.IsStatistical).Should().Be(statistical);
    }

    [Theory]
    [InlineData("Harbour Ferries agreed a £12m deal with the port.")]
    [InlineData("The bank snapped up its rival in a £47m merger last March.")]
    [InlineData("The yard collapsed with debts of about £14m.")]
    [InlineData("The firm is paying £250,000 to settle the claim.")]
    [InlineData("The council plans to axe 104 jobs.")]
    [InlineData("The film opened with takings of £2.1m.")]
    [InlineData("Visitor numbers were 26% more than the previous year.")]
    [InlineData("Nearly 7,000 fewer people came to the show.")]
    [InlineData("The storm left nine dead in the valley.")]
    [InlineData("The band's new album opened strongly, with 80,000 sold in a week.")]
    public void Events_money_and_changes_the_predicate_list_names_are_statistical(string sentence)
    {
        Figures(sentence).Should().Contain(f => f.IsStatistical);
    }

    [Theory]
    [InlineData("Last week we were eight, at one point we were 11.", "11")]
    [InlineData("Cardiff ranked fourth with 51 galleries.", "51 galleries")]
    public void Counts_beside_ranks_and_people_stay_figures(string sentence, string text)
    {
        Figures(sentence).Should().ContainSingle().Which.Text.Should().Be(text);
    }

    [Fact]
    public void A_year_after_in_is_no_proportion()
    {
        Figures("He was disappointed to lose the next one in 1992 to John Major.").Should().BeEmpty();
    }
}

package org.dispatches.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureExtractorTest {
  private final FigureExtractor fx = new FigureExtractor();

  private Figure only(String text, String kind) {
    List<Figure> fs =
        fx.extract(text).stream().filter(f -> f.kind().equals(kind)).toList();
    assertEquals(1, fs.size(), text + " -> " + fx.extract(text));
    return fs.get(0);
  }

  @Test
  void tollWithSeparatorsAndAttribution() {
    Figure f = only("The death toll rose to 33,207, Gaza's health ministry said.", "killed");
    assertEquals(33207, f.value());
    assertEquals("Gaza's health ministry", f.attribution());
  }

  @Test
  void subjectQualifierAndParenthetical() {
    Figure f =
        only("At least 20 Palestinians, including children, were killed in Rafah.", "killed");
    assertEquals(20, f.value());
    assertEquals("at least", f.qualifier());
    assertEquals("Palestinians", f.subject());
  }

  @Test
  void verbBeforeNumberAndWoundedAfterAnd() {
    List<Figure> fs =
        fx.extract("Israeli forces opened fire, killing 2 persons and injuring another 6.");
    assertEquals(2, fs.size());
    assertEquals("killed", fs.get(0).kind());
    assertEquals(2, fs.get(0).value());
    assertEquals("wounded", fs.get(1).kind());
    assertEquals(6, fs.get(1).value());
  }

  @Test
  void numberWordsScalesAndArabicDigits() {
    assertEquals(5, only("Five people were killed overnight.", "killed").value());
    assertEquals(
        2_300_000,
        only("About 2.3 million people have been displaced.", "displaced").value());
    assertEquals(33207, only("ارتفع: killing ٣٣٬٢٠٧ people.", "killed").value());
  }

  @Test
  void truceDurations() {
    assertEquals(50, only("Witkoff suggested a 50-day ceasefire.", "truce_days").value());
    assertEquals(
        42, only("Negotiators hoped for a six-week truce.", "truce_days").value());
  }

  @Test
  void hostagesPrisonersAndTrucks() {
    assertEquals(253, only("Hamas took 253 hostages into Gaza.", "hostages").value());
    assertEquals(
        1800,
        only("They were exchanged for approximately 1,800 Palestinian detainees.", "prisoners")
            .value());
    assertEquals(
        120, only("Only 120 aid trucks entered on Sunday.", "aid_trucks").value());
  }

  @Test
  void yearsTimesAgesDatesRatiosAndAgentsAreNotFigures() {
    assertTrue(fx.extract("On October 7, 2023, at 06:30 militants attacked; 2023 was a hard year.")
        .isEmpty());
    assertTrue(fx.extract("Suzanne Armstrong, 27, was killed.").isEmpty());
    assertTrue(fx.extract("Nine in ten Gazans have been displaced.").isEmpty());
    assertTrue(fx.extract("Call +972 52 555 1234 for help.").isEmpty());
    Figure f = only("5 militants killed 3 soldiers near the fence.", "killed");
    assertEquals(3, f.value());
  }

  @Test
  void indefiniteVictim() {
    assertEquals(
        1, only("An Israeli drone struck the house, killing a woman.", "killed").value());
    assertNull(
        only("An Israeli drone struck the house, killing a woman.", "killed").qualifier());
  }

  private List<String> pairs(String text) {
    return fx.extract(text).stream().map(f -> f.kind() + " " + f.value()).toList();
  }

  private Figure figure(String text, String kind, long value) {
    List<Figure> fs = fx.extract(text).stream()
        .filter(f -> f.kind().equals(kind) && f.value() == value)
        .toList();
    assertEquals(1, fs.size(), text + " -> " + fx.extract(text));
    return fs.get(0);
  }

  @Test
  void totalBeforeAnIncludingClauseAndItsSubset() {
    assertEquals(
        List.of("killed 8796", "killed 3648"),
        pairs("8,796 Palestinians, including 3,648 children, have been killed."));
    assertEquals(
        List.of("killed 6546", "killed 2704"),
        pairs(
            "The ministry said 6,546 Palestinians have been killed since 7 October, including 2,704 children."));
    assertEquals(
        "children",
        figure(
                "The toll passed 10,500, including more than 4,300 children, officials said.",
                "killed",
                4300)
            .subject());
    assertEquals(
        List.of("killed 756", "killed 344"),
        pairs(
            "The figure includes 756 people – 344 of whom were children – killed in the last 24 hours."));
  }

  @Test
  void clausesAndAppositionsBetweenNumberAndVerb() {
    Figure f = figure(
        "More than 15,000 people, many of them women and children, have been killed, according to Gazan health officials.",
        "killed",
        15000);
    assertEquals("more than", f.qualifier());
    assertEquals("Gazan health officials", f.attribution());
    assertEquals(
        List.of("killed 2"),
        pairs(
            "Two of its workers, in the process of making repairs, were killed when a car was hit."));
    assertEquals(
        List.of("killed 800000"),
        pairs("About 800,000 people – the vast majority from one community - were slaughtered."));
  }

  @Test
  void cumulativeTolls() {
    assertEquals(
        List.of("killed 3", "killed 74"),
        pairs(
            "The army announced the death of three more soldiers, bringing the military death toll during the offensive to 74."));
    assertEquals(
        List.of("killed 25700"), pairs("The death toll from the strikes has climbed to 25,700."));
    assertEquals(
        List.of("hostages 18"),
        pairs(
            "Their release will bring the number of hostages freed under the deal so far to 18."));
    assertEquals(
        List.of("killed 10500"),
        pairs("The number of Palestinians killed in the war passed 10,500."));
  }

  @Test
  void verbsAndNounsOfDeathCaptureReleaseDisplacementAndAid() {
    assertEquals(List.of("killed 70"), pairs("On Tuesday 70 bodies were found at the site."));
    assertEquals(
        List.of("killed 30"),
        pairs("The police said it had lost 30 officers in the first day of fighting."));
    assertEquals(
        List.of("killed 132", "killed 25"),
        pairs("A total of 132 female prisoners and at least 25 children burned to death."));
    assertEquals(
        List.of("hostages 25", "killed 4"),
        pairs("So far, 25 living hostages and four dead hostages have been freed."));
    assertEquals(List.of("killed 593"), pairs("Since 1976, 593 prisoners have been executed."));
    assertEquals(
        List.of("displaced 1000000"),
        pairs("More than a million Palestinians have fled to the south."));
    assertEquals(
        List.of("displaced 14000"), pairs("Another 14,000 are seeking shelter in the hospital."));
    assertEquals(
        List.of("hostages 16", "hostages 5"),
        pairs("So far, 16 Israeli and five Thai hostages have been released."));
    assertEquals(
        List.of("prisoners 642"),
        pairs("A total of 642 Palestinians in Israeli jails were to be released."));
    assertEquals(
        List.of("hostages 130"),
        pairs("Of those taken, 130 are still thought to be held in Gaza."));
    assertEquals(
        List.of("aid_trucks 552"), pairs("On Sunday 552 trucks of aid crossed into Gaza."));
    // bodies recovered from graves are deaths counted when they happened, not a new toll
    assertTrue(fx.extract("Rescuers recovered 49 bodies from a mass grave.").isEmpty());
  }

  @Test
  void numbersInWordsScalesVagueQuantitiesAndRanges() {
    assertEquals(List.of("killed 500000"), pairs("Half a million people were killed in the war."));
    assertEquals(
        List.of("displaced 1900000"),
        pairs("UNRWA estimated that 1.9 million people had been displaced."));
    assertEquals(
        List.of("displaced 2000000"),
        pairs("Some two-million people have been displaced by the insurgency."));
    assertEquals(List.of("killed 15000"), pairs("15000 children killed in Gaza."));
    assertEquals(
        List.of("displaced 10000"), pairs("Tens of thousands of people have fled their homes."));
    List<Figure> range =
        fx.extract("5,000-7,000 displaced civilians are trapped inside the hospital.");
    assertEquals(
        List.of("displaced 5000", "displaced 7000"),
        range.stream().map(f -> f.kind() + " " + f.value()).toList());
    assertEquals("up to", range.get(1).qualifier());
    assertEquals(
        List.of("killed 100", "killed 300"), pairs("The blast killed between 100 and 300 people."));
    assertTrue(
        fx.extract("It led to the 1000-1 prisoner exchange in 2011.").isEmpty(),
        "a ratio is no range");
    assertEquals(
        List.of("killed 20000", "killed 4237", "killed 2716", "wounded 25956"),
        pairs(
            "The toll passed 20,000, including 4,237 children and 2,716 women, in addition to 25,956 injuries."));
  }

  @Test
  void listsSharingOneVerb() {
    assertEquals(
        List.of("killed 6", "killed 1", "killed 50"),
        pairs(
            "Clashes have flared, killing six soldiers and one civilian, and an estimated 50 fighters."));
    assertEquals(
        List.of("killed 57", "killed 4", "killed 3"),
        pairs(
            "He is the 64th journalist to be killed since the war began: 57 Palestinians, four Israelis and three Lebanese."));
    assertEquals(
        List.of("killed 36", "killed 31", "killed 4", "killed 1"),
        pairs(
            "As of Friday, 36 media workers — 31 Palestinians, four Israelis and one Lebanese — have been killed."));
    assertEquals(
        List.of("killed 15", "killed 11", "killed 3"),
        pairs("The agency put the death toll at 15, including 11 women and three girls."));
  }

  @Test
  void truceAndPhaseLengths() {
    assertEquals(
        List.of("truce_days 42"),
        pairs("It was the last exchange of the six-week-long first phase of the ceasefire deal."));
    assertEquals(
        List.of("truce_days 42"),
        pairs("The first phase of the ceasefire, which began on 19 January, lasts for 42 days."));
    assertEquals(
        List.of("truce_days 7"), pairs("She was freed during a week-long ceasefire in November."));
    assertTrue(fx.extract("Israel fought a one-month war in 2006.").isEmpty());
    assertTrue(fx.extract("A three-day communications blackout hit Gaza.").isEmpty());
  }

  @Test
  void claimTypes() {
    assertEquals(
        Figure.PROJECTED,
        figure(
                "Researchers warned that the fighting could lead to 85,000 more deaths.",
                "killed",
                85000)
            .claim());
    assertEquals(
        Figure.PROPOSED,
        figure("Hamas rejected an offer of a two-month lull in the fighting.", "truce_days", 60)
            .claim());
    assertEquals(
        Figure.COMBINED,
        figure("More than 100,000 people killed, injured, missing.", "killed", 100000)
            .claim());
    assertEquals(
        Figure.STATED,
        figure("At least 20 people were killed on Sunday.", "killed", 20).claim());
    assertTrue(fx.extract("We will bring every one of our hostages back.").isEmpty());
    assertTrue(
        fx.extract("Hamas is ready to release in one go all the hostages.").isEmpty());
  }

  @Test
  void notFiguresSharesPopulationsAndWholes() {
    assertEquals(
        List.of(), pairs("Officials say a third of Hamas's 30,000 fighters have been killed."));
    assertEquals(
        List.of("displaced 6000000"),
        pairs("Just under 6 million of a population of 48 million have been displaced."));
    assertEquals(
        "just under",
        figure(
                "Just under 6 million of a population of 48 million have been displaced.",
                "displaced",
                6000000)
            .qualifier());
    // the part takes the verb; the whole after "of the" only the noun right after it
    assertEquals(List.of("killed 8"), pairs("Israel says eight of the 33 are dead."));
  }

  @Test
  void attributionIsTrimmedToTheSourceAndCanonical() {
    Figure f = figure(
        "The death toll rose to 28,000 the day after Palestinian health officials said so.",
        "killed",
        28000);
    assertEquals("Palestinian health officials", f.attribution());
    assertEquals("Gaza health ministry", f.source());
    f = figure(
        "At least 48,365 people have been killed, according to the territory's Hamas-run health ministry.",
        "killed",
        48365);
    assertEquals("Hamas-run health ministry", f.attribution());
    assertEquals("Gaza health ministry", f.source());
    f = figure(
        "About 7,000 people had sought shelter on the hospital grounds, the U.N. said.",
        "displaced",
        7000);
    assertEquals("UN", f.attribution());
    f = figure("The UN had earlier said 20 trucks crossed.", "aid_trucks", 20);
    assertEquals("UN", f.attribution());
    f = figure("On Monday the IDF said three soldiers were killed.", "killed", 3);
    assertEquals("IDF", f.attribution());
    assertEquals("Israeli military", f.source());
    f = figure(
        "The UN's humanitarian office has said 1.7 million people are displaced.",
        "displaced",
        1700000);
    assertEquals("UN OCHA", f.source());
    // who is told is no source, nor is the subject of what was said
    assertNull(figure("Five hostages were freed, a freed man told the BBC.", "hostages", 5)
        .attribution());
    assertNull(figure(
            "At least 700 were killed as the prime minister said Israel was at war.", "killed", 700)
        .attribution());
  }

  @Test
  void oneSourceServesEveryFigureOfItsSentenceAndItSaidTheOneBefore() {
    List<Figure> fs = fx.extract(
        "At least 370 Palestinians were killed, including 20 children, and 2,200 wounded, the Palestinian authority said.");
    assertEquals(3, fs.size());
    for (Figure f : fs) assertEquals("Palestinian authority", f.attribution());
    List<Figure> two = fx.extract(
        "The Prisoners Media Office said 642 Palestinians were to be released. It said 445 Gazans were detained.");
    assertEquals("Prisoners Media Office", two.get(1).attribution());
  }

  @Test
  void numbersGluedByAScrapeToTheWordBeforeOrAfter() {
    // a list header glued to its paragraph
    assertEquals(
        List.of("killed 3"), pairs("NorwayThree Norwegian citizens were killed, officials said."));
    assertEquals(
        List.of("killed 28", "missing 7"),
        pairs("SpainTwenty-eight Spanish nationals were killed and seven are missing."));
    // a number glued to the capitalized word after it
    assertEquals(
        List.of("killed 1300"), pairs("The gunmen were accused of killing 1,300Villagers."));
    // no lower-case letter after the capital: a name such as F16 stays whole
    assertEquals(List.of(), pairs("An F16 jet was hit and its pilot killed."));
  }

  @Test
  void asidesInDoubleHyphensAndAfterRoughly() {
    assertEquals(
        List.of("killed 2500"),
        pairs(
            "More than 2,500 villagers -- mostly women and the elderly -- have already been killed."));
    assertEquals(
        List.of("killed 900"),
        pairs("Nearly 900 people, roughly half of them children, have died in the shelling."));
  }

  @Test
  void namesAndPairsOfNamesBetweenTheCountAndItsVerb() {
    assertEquals(
        List.of("killed 7"),
        pairs(
            "Seven staff of the World Food Programme and Save the Children have been killed since May."));
    assertEquals(
        List.of("killed 400"),
        pairs("Over 400 people in Tigray and Amhara have been killed so far."));
    assertEquals(
        List.of("killed 60"), pairs("About 60 soldiers and civilians have been killed this week."));
    assertEquals(
        List.of("killed 90"), pairs("Over 90 Armenians and Azerbaijanis have been killed so far."));
    assertEquals(List.of("killed 2"), pairs("Two aid workers were shot and killed near the camp."));
  }

  @Test
  void moreVerbsAndNounsOfKilling() {
    assertEquals(List.of("killed 300"), pairs("The militia murdered at least 300 villagers."));
    assertEquals(
        List.of("killed 700"), pairs("The slaughter of more than 700 people shocked the region."));
    assertEquals(List.of("killed 12"), pairs("Rebels said 12 captives were beheaded."));
    assertEquals(
        List.of("killed 850"), pairs("The army said it had killed close to 850 of the raiders."));
    assertEquals(
        List.of("killed 3000"),
        pairs("The combined death toll among Armenians and Azerbaijanis crossed 3,000."));
  }

  @Test
  void vagueCrowdsAndOnePerson() {
    assertEquals(List.of("killed 100"), pairs("Hundreds had been killed by nightfall."));
    assertEquals(
        List.of("killed 100"),
        pairs("Several hundred residents, including children, have been killed since then."));
    assertEquals(List.of("killed 1"), pairs("One Chilean national was killed, the embassy said."));
    assertEquals(List.of("killed 1"), pairs("One 12-year-old boy died during the clashes."));
    assertEquals(
        List.of("killed 1"),
        pairs("The ministry said that an Italian-Israeli dual national was killed."));
  }

  @Test
  void aCountTheCasualtyVerbReachesOverAPossessiveAColonOrAnIncludingList() {
    assertEquals(
        List.of("killed 3"), pairs("The strike killed the farmer, his wife and their three sons."));
    assertEquals(
        List.of("killed 1200"),
        pairs(
            "Given the number of people killed in the raids — at least 1,200 as of Monday — talks stopped."));
    assertEquals(
        List.of("killed 4", "killed 18", "killed 10"),
        pairs(
            "Foreign workers have been killed, including at least four people from Chile, 18 from Peru and at least 10 Bolivians."));
    // no casualty verb before "including": no figure
    assertEquals(List.of(), pairs("The convoy carried supplies, including 40 tents."));
  }

  @Test
  void theWholeAShareIsTakenOfIsNoFigureAtEitherEndOfItsRange() {
    assertEquals(
        List.of(),
        pairs(
            "Officials say a third of the militia's 20,000 to 25,000 fighters have been killed."));
    assertEquals(List.of(), pairs("Half of the town's 8,000 residents have been displaced."));
    // a range that is not a whole keeps both ends
    assertEquals(
        List.of("killed 20", "killed 25"), pairs("Between 20 to 25 fighters have been killed."));
  }

  @Test
  void aFigureRestatedWithoutASourceTakesTheOneSourceTheReportGivesIt() {
    List<Figure> fs = fx.extract(
        "Bomb kills at least 20 in market\n\nAt least 20 people have been killed in a bomb attack, the regional health office says.");
    assertEquals(2, fs.size());
    for (Figure f : fs) assertEquals("regional health office", f.attribution());
    // two sources for the same figure: the unsourced statement keeps none
    fs = fx.extract("Bomb kills 20 in market\n\nThe army said 20 people were killed. "
        + "The police said 20 people were killed.");
    assertNull(fs.get(0).attribution());
    // another value is another figure
    fs = fx.extract(
        "Bomb kills 21 in market\n\nAt least 20 people have been killed, the health office says.");
    assertNull(fs.get(0).attribution());
  }

  @Test
  void aSourceDoesNotReachAcrossAComparisonToAFigureSetBesideItsOwn() {
    // the source stated for the figure after "than" is not the source of the one before it
    List<Figure> fs = fx.extract(
        "About 900 civilians died in that siege, far fewer than the 5,000 people declared dead by the regional health office.");
    assertEquals(List.of(900L, 5000L), fs.stream().map(Figure::value).toList());
    assertNull(fs.get(0).attribution());
    assertEquals("regional health office", fs.get(1).attribution());
    // nor the other way round: the source's own figure stands before the comparison
    fs = fx.extract(
        "The army said 40 fighters were killed, compared with 12 soldiers killed in the previous raid.");
    assertEquals("army", fs.get(0).attribution());
    assertNull(fs.get(1).attribution());
    // a qualifier's "than" is no comparison: one source still serves both figures
    fs = fx.extract("Ten people were killed and more than 30 wounded, the ministry said.");
    assertEquals(2, fs.size());
    for (Figure f : fs) assertEquals("ministry", f.attribution());
    // with one figure only, the comparison sets it beside no figure: the source is its own
    assertEquals(
        "ministry",
        figure(
                "Ten people were killed in the raid, more than in any raid this year, the ministry said.",
                "killed",
                10)
            .attribution());
  }

  @Test
  void arabicFigures() {
    assertEquals(List.of("killed 56"), pairs("ارتفع عدد الضحايا إلى 56 شهيدا في غارات على القطاع"));
    assertEquals(List.of("aid_trucks 552"), pairs("دخول ٥٥٢ شاحنة مساعدات إلى القطاع"));
    assertEquals(List.of("killed 25"), pairs("استشهاد 25 فلسطينيا في قصف على غزة"));
    assertEquals(
        List.of("killed 435", "killed 147"),
        pairs("ليرتفع إجمالي الوفيات إلى 435 شهيدا بينهم 147 طفلا"));
    assertEquals(List.of("wounded 33652"), pairs("يضاف إليهم 33 ألفا و652 جريحا"));
    assertEquals(List.of("prisoners 16"), pairs("اعتقال 16 فلسطينيا خلال اقتحام مناطق بالضفة"));
    Figure truce = figure("اقترحت مصر هدنة لمدة 60 يوما", "truce_days", 60);
    assertEquals(Figure.PROPOSED, truce.claim());
    assertEquals(
        "more than",
        figure("قتل أكثر من 1500 فلسطيني خلال 34 يوما", "killed", 1500).qualifier());
    assertEquals(
        "Gaza health ministry",
        figure("أعلنت وزارة الصحة استشهاد 40 فلسطينيا", "killed", 40).source());
    assertTrue(fx.extract("في اليوم الـ420 من الحرب عام 2024 خلال 24 ساعة").isEmpty());
  }
}

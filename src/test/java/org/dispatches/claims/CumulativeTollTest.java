package org.dispatches.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CumulativeTollTest {
  @Test
  void runningTolls() {
    assertTrue(CumulativeToll.stated(
        30_035,
        "Palestinians",
        "The death toll in Gaza has risen to 30,035, the health ministry said."));
    assertTrue(
        CumulativeToll.stated(
            28_000,
            "people",
            "Israel's offensive has killed more than 28,000 people, according to the health ministry."));
    assertTrue(CumulativeToll.stated(
        900, "people", "At least 900 people have been killed since October 7, officials said."));
    assertTrue(CumulativeToll.stated(
        20_424,
        "people",
        "At least 166 people had been killed since Saturday, "
            + "bringing the total number of dead to 20,424."));
    assertTrue(CumulativeToll.stated(
        24_285,
        "people",
        "The last 24 hours of bombing killed 158, raising their toll for " + "the war to 24,285."));
  }

  @Test
  void oneEventOrOnePeriod() {
    assertFalse(CumulativeToll.stated(
        45, "people", "An air strike on the camp killed at least 45 people, the ministry said."));
    assertFalse(CumulativeToll.stated(
        1_207,
        "Palestinians",
        "The ministry said 1,207 Palestinians had been killed since the collapse of the truce."));
    assertFalse(CumulativeToll.stated(
        158, "people", "In the past 24 hours 158 people were killed, raising the toll."));
    assertFalse(CumulativeToll.stated(
        2_100, "people", "Strikes overnight killed 2,100 people, officials said."));
    assertFalse(CumulativeToll.stated(
        52, "people", "A strike at the camp killed 45, while the hospital put the toll at 52."));
    assertFalse(CumulativeToll.stated(500, null, "A spokesman said the death toll exceeded 500."));
    assertFalse(CumulativeToll.stated(
        6_747,
        "Palestinians",
        "A list of 6,747 Palestinians killed in the first 19 days of the war."));
  }

  @Test
  void partsOfTheToll() {
    assertFalse(
        CumulativeToll.stated(3_648, "children", "The toll of 8,796 includes 3,648 children."));
    assertFalse(CumulativeToll.stated(
        1_100, "women", "More than 5,000 have been killed, including 1,100 women."));
  }

  @Test
  void vagueQuantitiesAreNoToll() {
    assertFalse(CumulativeToll.stated(
        1_000, null, "Thousands of children have been killed since October 7, officials said."));
    assertFalse(CumulativeToll.stated(
        10_000, null, "Tens of thousands have been killed in the war so far."));
    assertTrue(CumulativeToll.stated(
        1_000, "people", "The toll passed 1,000 since October 7, while thousands fled."));
    assertTrue(CumulativeToll.stated(
        10_000,
        "Palestinians",
        "More than 10,000 Palestinians have been killed, thousands of them children."));
  }

  @Test
  void aCountSinceLateFridayIsNotTheToll() {
    assertFalse(CumulativeToll.stated(
        377,
        null,
        "The toll rose to 7,700 since the war began, with 377 deaths reported since late Friday."));
  }
}

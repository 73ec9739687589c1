package org.dispatches.extract.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PeopleCountTest {
  @Test
  void countsOfPeopleInDigitsOrWords() {
    assertTrue(PeopleCount.stated("Three people were killed in the strike."));
    assertTrue(PeopleCount.stated("At least 1,300 Israelis were killed, officials said."));
    assertTrue(PeopleCount.stated("A dozen soldiers died."));
    assertTrue(PeopleCount.stated("The toll rose to 2,670 on Oct. 15."));
    // a list header glued to its text by a scrape
    assertTrue(PeopleCount.stated("NepalTen Nepali students were killed."));
  }

  @Test
  void datesYearsTimesAndAgesAreNoCounts() {
    assertFalse(PeopleCount.stated("Mourners at a funeral in Haifa on Sunday, Oct. 8, 2023."));
    assertFalse(PeopleCount.stated("The attack of 7 October killed many."));
    assertFalse(PeopleCount.stated("He was killed by Israel in 2004."));
    assertFalse(PeopleCount.stated("Around 7:30 a.m. shots rang out and many were killed."));
    assertFalse(PeopleCount.stated("At 10 p.m. there was a funeral for those killed."));
    assertFalse(PeopleCount.stated("A 24-year-old was killed at the festival."));
    assertFalse(PeopleCount.stated("Omer Balva, 22, was killed near the border."));
    assertFalse(PeopleCount.stated("She was killed, aged 19, at her home."));
  }

  @Test
  void lengthsMeasuresSharesAndMoneyAreNoCounts() {
    assertFalse(PeopleCount.stated("He died after two weeks in hospital."));
    assertFalse(PeopleCount.stated("The 10-day siege left many dead."));
    assertFalse(PeopleCount.stated("Deaths rose 20 percent, and 30% of the dead were children."));
    assertFalse(PeopleCount.stated("The $100 million fund will help the families of the dead."));
    assertFalse(PeopleCount.stated("They lived five miles from where he was killed."));
    assertFalse(PeopleCount.stated("Resolution 242 was cited after the killings."));
  }
}

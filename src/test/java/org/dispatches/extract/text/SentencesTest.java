package org.dispatches.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentencesTest {
  /** The sentence found around each letter is the one splitting the whole text puts it in. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Mr. Smith arrived in the U.S. on Monday. He said: \"We left!\" Then what?\nA new line",
        "Three were killedFour more were hurt.The talks resumed",
        "  Leading blanks. 3 people died. \"Quoted.\" (Aside.) Oct. 7 was a Saturday.",
        "one\n\ntwo . three!Four? five"
      })
  void aSentenceIsFoundFromAnyOfItsLetters(String text) {
    List<String> around = new ArrayList<>();
    int end = -1;
    for (int p = 0; p < text.length(); p++) {
      if (!Character.isLetter(text.charAt(p)) || p < end) continue;
      Sentences.Bounds b = Sentences.around(text, p);
      end = b.to();
      around.add(text.substring(b.from(), b.to()).strip());
    }
    List<String> split = Sentences.split(text);
    split.removeIf(s -> s.chars().noneMatch(Character::isLetter));
    assertEquals(split, around);
  }
}

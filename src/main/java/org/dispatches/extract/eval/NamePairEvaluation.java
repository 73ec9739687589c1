package org.dispatches.extract.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dispatches.extract.actors.Actor;
import org.dispatches.extract.actors.Gazetteer;

/**
 * Measures transliteration matching: spellings of one person in English, French, German and
 * Turkish habits must resolve to the gazetteer's actor, and similar names of different people
 * must not resolve to the same actor. The pairs are written by hand from common press spellings;
 * the variant spellings are not gazetteer aliases.
 */
public final class NamePairEvaluation {
  /** Canonical name, then a variant spelling of the same person. */
  static final List<String[]> VARIANTS = List.of(
      new String[] {"Hazem Qassem", "Hazim Kassem"},
      new String[] {"Hazem Qassem", "Hazem Kacem"},
      new String[] {"Ismail Haniyeh", "Ismaïl Haniyé"},
      new String[] {"Ismail Haniyeh", "İsmail Haniye"},
      new String[] {"Ismail Haniyeh", "Isma'il Haniyya"},
      new String[] {"Yahya Sinwar", "Yahia Sinouar"},
      new String[] {"Yahya Sinwar", "Jahja Sinwar"},
      new String[] {"Yahya Sinwar", "Yehya Sinvar"},
      new String[] {"Mohammed Deif", "Muhammad Dayf"},
      new String[] {"Mohammed Deif", "Mohamed Daif"},
      new String[] {"Khalil al-Hayya", "Halil el-Hayye"},
      new String[] {"Khalil al-Hayya", "Khalil Al-Haya"},
      new String[] {"Osama Hamdan", "Oussama Hamdane"},
      new String[] {"Osama Hamdan", "Usame Hamdan"},
      new String[] {"Mousa Abu Marzouk", "Musa Ebu Merzuk"},
      new String[] {"Mousa Abu Marzouk", "Moussa Abou Marzouk"},
      new String[] {"Benjamin Netanyahu", "Binyamin Netanjahu"},
      new String[] {"Benjamin Netanyahu", "Benyamin Netanyahou"},
      new String[] {"Yoav Gallant", "Joav Galant"},
      new String[] {"Naim Qassem", "Naïm Kassem"},
      new String[] {"Naim Qassem", "Naim Kasım"},
      new String[] {"Hassan Nasrallah", "Hasan Nasrallah"},
      new String[] {"Hassan Nasrallah", "Hassan Nasrallāh"},
      new String[] {"Saleh al-Arouri", "Salih el-Aruri"},
      new String[] {"Saleh al-Arouri", "Saleh Al-Arouri"},
      new String[] {"Marwan Barghouti", "Marwan Bargouthi"},
      new String[] {"Marwan Barghouti", "Marwan Barguti"},
      new String[] {"Mahmoud Abbas", "Mahmud Abbas"},
      new String[] {"Abdel Fattah al-Sisi", "Abdel Fattah el-Sissi"},
      new String[] {"Abdel Fattah al-Sisi", "Abdülfettah es-Sisi"},
      new String[] {"Ziyad al-Nakhalah", "Ziad al-Nakhala"},
      new String[] {"Ziyad al-Nakhalah", "Ziyad Nakhaleh"},
      new String[] {"Mohammed Sinwar", "Muhammed Sinvar"},
      new String[] {"Ismail al-Thawabta", "Ismail Thawabteh"},
      new String[] {"Ashraf al-Qudra", "Eşref el-Kudra"},
      new String[] {"Ghazi Hamad", "Gazi Hamed"},
      new String[] {"Basem Naim", "Bassem Naim"},
      new String[] {"Mahmoud Mardawi", "Mahmud Merdavi"},
      new String[] {"Abu Obeida", "Ebu Ubeyde"},
      new String[] {"Abu Obeida", "Abou Obeida"},
      new String[] {"Hashem Safieddine", "Hashim Safi al-Din"},
      new String[] {"Rawhi Mushtaha", "Ravhi Muştaha"},
      new String[] {"Khaled Meshaal", "Halid Meşal"},
      new String[] {"Izzat al-Rishq", "Izzat Rishk"},
      new String[] {"Sami Abu Zuhri", "Sami Ebu Zuhri"},
      new String[] {"Taher al-Nunu", "Tahir en-Nunu"},
      new String[] {"Mohammed bin Abdulrahman Al Thani", "Muhammad bin Abdurrahman Al Sani"},
      new String[] {"Majed al-Ansari", "Macid el-Ensari"},
      new String[] {"Badr Abdelatty", "Bedr Abdulati"},
      new String[] {"Hussam Abu Safiya", "Husam Ebu Safiyye"});
  /** Pairs of names of different people that look or sound alike. */
  static final List<String[]> DIFFERENT = List.of(
      new String[] {"Ismail Haniyeh", "Ismail Radwan"},
          new String[] {"Yahya Sinwar", "Mohammed Sinwar"},
      new String[] {"Hazem Qassem", "Naim Qassem"},
          new String[] {"Mohammed Deif", "Mohammed Dahlan"},
      new String[] {"Mahmoud Abbas", "Mahmoud al-Zahar"},
          new String[] {"Mahmoud Abbas", "Abbas Kamel"},
      new String[] {"Marwan Barghouti", "Mustafa Barghouti"},
          new String[] {"Marwan Issa", "Marwan Barghouti"},
      new String[] {"Hassan Nasrallah", "Hassan Rashad"},
          new String[] {"Mohammed Sinwar", "Mohammed Deif"},
      new String[] {"Ismail Haniyeh", "Ismail al-Thawabta"},
          new String[] {"Mohammad Mustafa", "Mohammad Shtayyeh"},
      new String[] {"Ghazi Hamad", "Osama Hamdan"}, new String[] {"Abu Obeida", "Abu Hamza"},
      new String[] {"Mohammed bin Salman", "Mohammed bin Abdulrahman Al Thani"},
          new String[] {"Mousa Abu Marzouk", "Sami Abu Zuhri"},
      new String[] {"Yahya Sinwar", "Yahya Saree"}, new String[] {"Gadi Eisenkot", "Gideon Saar"},
      new String[] {"Eli Cohen", "Eli Sharabi"}, new String[] {"Israel Katz", "Isaac Herzog"},
      new String[] {"Benny Gantz", "Benjamin Netanyahu"},
          new String[] {"David Barnea", "David Lammy"},
      new String[] {"Ronen Bar", "Ron Dermer"},
          new String[] {"Hussein al-Sheikh", "Hussam Abu Safiya"},
      new String[] {"Naim Qassem", "Basem Naim"}, new String[] {"Ali Khamenei", "Ali Baraka"},
      new String[] {"Khalil al-Hayya", "Khaled Meshaal"},
          new String[] {"Saleh al-Arouri", "Izzat al-Rishq"},
      new String[] {"Jake Sullivan", "Jack Lew"}, new String[] {"Mike Waltz", "Mike Huckabee"});
  /**
   * Variant spellings from the conflicts the gazetteer grew to cover (Syria, Iraq, Sudan, South
   * Sudan, Libya, Somalia, Ethiopia, Ukraine, Russia, Caucasus), written apart from its aliases:
   * French ("Bachar el-Assad"), German ("Sergej Lawrow"), Turkish and looser English habits.
   */
  static final List<String[]> WIDER_VARIANTS = List.of(
      new String[] {"Bashar al-Assad", "Bachar el-Assad"},
          new String[] {"Ahmed al-Sharaa", "Ahmad ash-Shara"},
      new String[] {"Abdel Fattah al-Burhan", "Abdelfattah el-Bourhane"},
          new String[] {"Mohamed Hamdan Dagalo", "Mohamed Hamdane Daglo"},
      new String[] {"Riek Machar", "Riek Mashar"},
          new String[] {"Hassan Sheikh Mohamud", "Hassan Sheikh Mahmoud"},
      new String[] {"Khalifa Haftar", "Khalifah Hiftar"},
          new String[] {"Abdul Hamid Dbeibah", "Abdulhamid Dbeiba"},
      new String[] {"Sergei Lavrov", "Sergej Lawrow"},
          new String[] {"Dmitry Peskov", "Dmitri Peskow"},
      new String[] {"Nikol Pashinyan", "Nikol Pachinian"},
          new String[] {"Ilham Aliyev", "Ilham Alijew"},
      new String[] {"Mohammed Shia al-Sudani", "Muhammad Shiaa es-Soudani"},
          new String[] {"Muqtada al-Sadr", "Moqtada es-Sadr"},
      new String[] {"Esmail Qaani", "Esmaeil Qaani"}, new String[] {"Abiy Ahmed", "Abiy Ahmad"},
      new String[] {"Isaias Afwerki", "Isayas Afewerki"},
          new String[] {"Volodymyr Zelensky", "Volodimir Zelenski"},
      new String[] {"Hibatullah Akhundzada", "Haibatullah Akhunzada"},
          new String[] {"Mazloum Abdi", "Mazlum Abdy"});
  /** Look-alike names of different people in those conflicts: kin, namesakes, shared surnames. */
  static final List<String[]> WIDER_DIFFERENT = List.of(
      new String[] {"Abdel Fattah al-Burhan", "Abdel Fattah al-Sisi"},
      new String[] {"Mohamed Hamdan Dagalo", "Abdel Rahim Dagalo"},
      new String[] {"Hafez al-Assad", "Bashar al-Assad"},
      new String[] {"Maher al-Assad", "Bashar al-Assad"},
      new String[] {"Joseph Kabila", "Laurent-Désiré Kabila"},
      new String[] {"Saif al-Islam Gaddafi", "Muammar Gaddafi"},
      new String[] {"Khalifa Haftar", "Saddam Haftar"},
      new String[] {"Nawaz Sharif", "Shehbaz Sharif"},
      new String[] {"Masoud Barzani", "Masrour Barzani"},
      new String[] {"Nechirvan Barzani", "Masrour Barzani"},
      new String[] {"Ali Larijani", "Ali Shamkhani"},
      new String[] {"Mohammad Bagheri", "Ali Bagheri Kani"},
      new String[] {"Idriss Déby", "Mahamat Idriss Déby"},
      new String[] {"Hossein Salami", "Hossein Amir-Abdollahian"},
      new String[] {"Alexei Navalny", "Yulia Navalnaya"});

  private final Gazetteer gazetteer;

  public NamePairEvaluation(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Scores both lists: variants through {@link Gazetteer#resolve}, different pairs by whether both resolve to one actor. */
  public NamePairResult run() {
    return run(VARIANTS, DIFFERENT);
  }

  /** The same scoring on the pairs from the conflicts beyond Gaza ({@link #WIDER_VARIANTS}). */
  public NamePairResult runWider() {
    return run(WIDER_VARIANTS, WIDER_DIFFERENT);
  }

  private NamePairResult run(List<String[]> variants, List<String[]> different) {
    List<String> failures = new ArrayList<>();
    int matched = 0;
    for (String[] p : variants) {
      Optional<Actor> a = gazetteer.resolve(p[1]);
      if (a.isPresent() && a.get().name().equals(p[0])) matched++;
      else
        failures.add("missed: " + p[1] + " -> " + a.map(Actor::name).orElse("nothing") + " (want "
            + p[0] + ")");
    }
    int merges = 0;
    for (String[] p : different) {
      Optional<Actor> a = gazetteer.resolve(p[0]), b = gazetteer.resolve(p[1]);
      if (a.isPresent() && b.isPresent() && a.get().equals(b.get())) {
        merges++;
        failures.add("merged: " + p[0] + " = " + p[1]);
      }
    }
    return new NamePairResult(variants.size(), matched, different.size(), merges, failures);
  }
}

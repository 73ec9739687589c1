package org.dispatches.extract.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dispatches.extract.text.NameNormalizer;

/**
 * Finds people a text names whom the gazetteer does not know, as the text writes them: a run of two
 * to four capitalized words, once honorifics, ranks and titles are dropped ("Rear Admiral Daniel
 * Hagari" is "Daniel Hagari"), that the text presents as a person: after a role ("the Israeli
 * ambassador, Michael Herzog"; "spokesman Jamal Nazzal"), before a speech verb or an apposition
 * ("Michael Herzog, the Israeli ambassador"; "Omer Wenkert, 23,"), after "said" or "according to",
 * or whose surname the text uses again on its own ("Mr Sands said"). Headlines, words the text also
 * writes in lower case ("Killed", "Urges"), words in capitals (photo credits) and names holding a
 * place or an organization the gazetteer knows ("Gaza City", "South Sudan") are not people.
 */
final class PersonNameFinder {
  private static final Pattern PARTICLE =
      Pattern.compile("(?:al|el|ad|ar|as|ash|at|az|an|ul)-\\p{Lu}\\p{L}+");
  private static final Set<String> JOINERS = Set.of(
      "bin", "ibn", "bint", "al", "el", "de", "da", "van", "von", "der", "del", "la", "le", "dos",
      "du", "ben");
  /** Honorifics, ranks and office words that stand before a name and are not part of it. */
  private static final Set<String> TITLES = Set.of(
      "Mr",
      "Mr.",
      "Mrs",
      "Mrs.",
      "Ms",
      "Ms.",
      "Miss",
      "Dr",
      "Dr.",
      "Prof",
      "Prof.",
      "Professor",
      "Sir",
      "Dame",
      "Lord",
      "Lady",
      "Baroness",
      "Baron",
      "Rev",
      "Rev.",
      "Reverend",
      "Father",
      "Sheikh",
      "Shaykh",
      "Sheik",
      "Imam",
      "Rabbi",
      "Ayatollah",
      "Cardinal",
      "Pope",
      "King",
      "Queen",
      "Prince",
      "Princess",
      "Emir",
      "Crown",
      "Sultan",
      "President",
      "Vice",
      "Prime",
      "Minister",
      "Secretary",
      "General",
      "Gen",
      "Gen.",
      "Lt",
      "Lt.",
      "Lieutenant",
      "Col",
      "Col.",
      "Colonel",
      "Maj",
      "Maj.",
      "Major",
      "Brig",
      "Brig.",
      "Brigadier",
      "Capt",
      "Capt.",
      "Captain",
      "Sgt",
      "Sgt.",
      "Sergeant",
      "Cpl",
      "Corporal",
      "Pte",
      "Private",
      "Admiral",
      "Adm",
      "Adm.",
      "Rear",
      "Commander",
      "Cmdr",
      "Chief",
      "Staff",
      "Senator",
      "Sen",
      "Sen.",
      "Rep",
      "Rep.",
      "Representative",
      "Congressman",
      "Congresswoman",
      "Governor",
      "Gov",
      "Gov.",
      "Mayor",
      "Judge",
      "Justice",
      "Ambassador",
      "Envoy",
      "Special",
      "Deputy",
      "Acting",
      "Former",
      "Spokesman",
      "Spokeswoman",
      "Spokesperson",
      "Speaker",
      "Chancellor",
      "Attorney",
      "Director",
      "Director-General",
      "Secretary-General",
      "Head",
      "Leader",
      "Officer",
      "Inspector",
      "Superintendent",
      "Detective",
      "Constable",
      "Commissioner",
      "Archbishop",
      "Bishop",
      "Patriarch",
      "MP",
      "MEP",
      "Marshal",
      "Field",
      "Air",
      "Senior",
      "Top",
      "Foreign",
      "Defence",
      "Defense",
      "Interior",
      "Health",
      "Finance",
      "Home",
      "Economy",
      "Energy",
      "Culture",
      "Education",
      "Transport",
      "Agriculture",
      "Security",
      "National",
      "Heritage",
      "Communications",
      "Chairman",
      "Chairwoman",
      "Chair",
      "Executive",
      "Founder",
      "Editor",
      "Correspondent",
      "Coordinator",
      "Negotiator",
      "Lieutenant-General",
      "Major-General",
      "Brigadier-General",
      "Vice-President",
      "Vice-Admiral",
      "Rear-Admiral",
      "Premier",
      "Chief-of-Staff",
      "Undersecretary",
      "Under-Secretary",
      "Assistant",
      "Emeritus",
      "Mufti",
      "Grand",
      "Elder",
      "Brother",
      "Sister",
      "Hon",
      "Hon.",
      "Honourable",
      "Excellency",
      "His",
      "Her",
      "Sayyid",
      "Mullah",
      "Hajj",
      "Haj",
      "Cameraman",
      "Camerawoman",
      "Photojournalist",
      "Journalist",
      "Reporter",
      "Advisor",
      "Adviser",
      "Martyr",
      "Presidents",
      "Ministers",
      "Senators",
      "Officials",
      "Doctor",
      "Nurse",
      "Palestinian",
      "Palestinians",
      "American",
      "Americans",
      "European",
      "African",
      "Asian",
      "Arab",
      "Jewish",
      "Muslim",
      "Christian",
      "Kurdish",
      "Druze",
      "Bedouin",
      "Shia",
      "Sunni",
      "Alawite",
      "Yazidi",
      "Israelis",
      "Britons",
      "Briton",
      "Hostage",
      "Survivor",
      "Activist",
      "Author",
      "Novelist",
      "Poet",
      "Artist",
      "Singer",
      "Actor",
      "Actress",
      "Comedian",
      "Rapper",
      "Star",
      "Coach",
      "Player",
      "Striker",
      "Veteran",
      "Late",
      "Then",
      "Then-President",
      "Then-Prime");
  /** Lower-case words before a name that present it as a person. */
  private static final Set<String> CUES_BEFORE = Set.of(
      "spokesperson",
      "spokesman",
      "spokeswoman",
      "official",
      "officials",
      "minister",
      "envoy",
      "commander",
      "director",
      "leader",
      "chief",
      "ambassador",
      "negotiator",
      "mediator",
      "adviser",
      "advisor",
      "representative",
      "coordinator",
      "commissioner",
      "analyst",
      "professor",
      "lawyer",
      "mother",
      "father",
      "son",
      "daughter",
      "wife",
      "husband",
      "brother",
      "sister",
      "uncle",
      "aunt",
      "cousin",
      "grandmother",
      "grandfather",
      "resident",
      "hostage",
      "journalist",
      "reporter",
      "correspondent",
      "photographer",
      "doctor",
      "surgeon",
      "nurse",
      "senator",
      "colleague",
      "friend",
      "head",
      "president",
      "secretary",
      "general",
      "mayor",
      "governor",
      "judge",
      "prosecutor",
      "researcher",
      "fellow",
      "expert",
      "activist",
      "founder",
      "author",
      "editor",
      "economist",
      "historian",
      "student",
      "soldier",
      "captain",
      "sergeant",
      "colonel",
      "officer",
      "survivor",
      "victim",
      "detainee",
      "prisoner",
      "actor",
      "actress",
      "singer",
      "said",
      "says",
      "by",
      "told",
      "according",
      "mp",
      "lord",
      "chairman",
      "chairwoman",
      "deputy",
      "member",
      "partner",
      "neighbour",
      "neighbor",
      "worker",
      "volunteer",
      "paramedic",
      "medic",
      "pilot",
      "teacher",
      "boy",
      "girl",
      "man",
      "woman",
      "named",
      "called",
      "late",
      "citizen",
      "national",
      "dr",
      "mr",
      "mrs",
      "ms");
  /** Words after a name (or after its comma) that present it as a person. */
  private static final Set<String> CUES_AFTER = Set.of(
      "said",
      "says",
      "told",
      "tells",
      "added",
      "adds",
      "wrote",
      "writes",
      "warned",
      "urged",
      "stated",
      "explained",
      "argued",
      "asked",
      "noted",
      "insisted",
      "announced",
      "confirmed",
      "denied",
      "claimed",
      "posted",
      "tweeted",
      "recalled",
      "described",
      "acknowledged",
      "declared",
      "replied",
      "responded",
      "believes",
      "thinks",
      "who",
      "whose",
      "aged",
      "the",
      "a",
      "an",
      "his",
      "her",
      "its",
      "one",
      "head",
      "chief",
      "director",
      "spokesman",
      "spokeswoman",
      "spokesperson",
      "has",
      "had",
      "was",
      "is",
      "will",
      "would",
      "met",
      "called",
      "died",
      "remains",
      "spoke");
  /** Words before a place: a name after them is a place ("in Khan Younis, the ..."), unless a title presents a person. */
  private static final Set<String> LOCATIVES = Set.of(
      "in",
      "at",
      "from",
      "near",
      "into",
      "across",
      "outside",
      "inside",
      "around",
      "towards",
      "toward",
      "through",
      "within",
      "between",
      "northern",
      "southern",
      "eastern",
      "western",
      "central",
      "neighbouring",
      "neighboring",
      "occupied",
      "besieged",
      "city",
      "town",
      "village",
      "camp",
      "district",
      "province");
  /** Kunya and nisba particles that start a name but are not one alone ("Al Thani" is a family, "Abu" a kunya). */
  private static final Set<String> LEADING_PARTICLES =
      Set.of("Al", "El", "Bin", "Ibn", "Bint", "Ben", "Abu", "Abou", "Umm", "Abdel", "Abdul");

  /** Capitalized words that are never part of a person's name. */
  private static final Set<String> NOT_NAME = Set.of(
      "The",
      "A",
      "An",
      "In",
      "On",
      "At",
      "For",
      "And",
      "But",
      "Or",
      "If",
      "As",
      "When",
      "While",
      "After",
      "Before",
      "Since",
      "During",
      "Despite",
      "Although",
      "Though",
      "Because",
      "With",
      "Without",
      "From",
      "To",
      "By",
      "Of",
      "About",
      "Over",
      "Under",
      "Into",
      "Its",
      "His",
      "Her",
      "Their",
      "Our",
      "My",
      "This",
      "That",
      "These",
      "Those",
      "It",
      "He",
      "She",
      "They",
      "We",
      "I",
      "You",
      "There",
      "Here",
      "What",
      "Who",
      "Which",
      "Where",
      "Why",
      "How",
      "Some",
      "Many",
      "Most",
      "More",
      "All",
      "Both",
      "Each",
      "Every",
      "Other",
      "Another",
      "Such",
      "No",
      "Not",
      "Yes",
      "So",
      "Then",
      "Now",
      "Yet",
      "Also",
      "Only",
      "Even",
      "Just",
      "Still",
      "Meanwhile",
      "However",
      "Monday",
      "Tuesday",
      "Wednesday",
      "Thursday",
      "Friday",
      "Saturday",
      "Sunday",
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
      "Street",
      "Road",
      "Avenue",
      "City",
      "Hospital",
      "University",
      "College",
      "School",
      "Camp",
      "Strip",
      "Bank",
      "Gate",
      "Square",
      "Airport",
      "Crossing",
      "Border",
      "Valley",
      "River",
      "Sea",
      "Mountain",
      "Mountains",
      "Island",
      "Islands",
      "Province",
      "District",
      "Region",
      "State",
      "States",
      "Kingdom",
      "Republic",
      "Union",
      "Party",
      "Council",
      "Ministry",
      "Army",
      "Force",
      "Forces",
      "Brigade",
      "Brigades",
      "Movement",
      "Front",
      "Group",
      "Committee",
      "Agency",
      "Office",
      "Court",
      "Forum",
      "Foundation",
      "Institute",
      "Center",
      "Centre",
      "Association",
      "Society",
      "Organisation",
      "Organization",
      "Authority",
      "Government",
      "Administration",
      "Department",
      "Service",
      "Services",
      "Police",
      "Guard",
      "Guards",
      "Corps",
      "Command",
      "News",
      "Times",
      "Post",
      "Journal",
      "Media",
      "Press",
      "Radio",
      "Television",
      "TV",
      "Channel",
      "Network",
      "Magazine",
      "Day",
      "Week",
      "War",
      "Wars",
      "Zone",
      "Corridor",
      "Church",
      "Mosque",
      "Museum",
      "Hotel",
      "Festival",
      "Prize",
      "Award",
      "Act",
      "Bill",
      "Law",
      "Treaty",
      "Accords",
      "Accord",
      "Agreement",
      "Plan",
      "Initiative",
      "Operation",
      "Project",
      "Fund",
      "Programme",
      "Program",
      "Mission",
      "Conference",
      "Summit",
      "Assembly",
      "Parliament",
      "Congress",
      "Senate",
      "House",
      "Cabinet",
      "Palace",
      "Tower",
      "Towers",
      "Building",
      "Hall",
      "Park",
      "Company",
      "Corporation",
      "Inc",
      "Ltd",
      "Bureau",
      "Club",
      "League",
      "Coalition",
      "Alliance",
      "Federation",
      "Trust",
      "God",
      "Allah",
      "Jesus",
      "Christmas",
      "Easter",
      "Ramadan",
      "Eid",
      "Hanukkah",
      "Passover",
      "Shabbat",
      "Sabbath",
      "Islam",
      "Islamic",
      "Muslim",
      "Muslims",
      "Jewish",
      "Jews",
      "Christian",
      "Christians",
      "Arab",
      "Arabs",
      "English",
      "Arabic",
      "Hebrew",
      "French",
      "Western",
      "Eastern",
      "Northern",
      "Southern",
      "North",
      "South",
      "East",
      "West",
      "Central",
      "Middle",
      "New",
      "Old",
      "Great",
      "Greater",
      "Upper",
      "Lower",
      "International",
      "Global",
      "World",
      "Federal",
      "Royal",
      "Human",
      "Rights",
      "Watch",
      "Red",
      "Cross",
      "Crescent",
      "Jihad",
      "Brotherhood",
      "Liberation",
      "Resistance",
      "Revolutionary",
      "Democratic",
      "Popular",
      "People",
      "Peace",
      "Freedom",
      "Facebook",
      "Twitter",
      "Instagram",
      "Telegram",
      "TikTok",
      "YouTube",
      "WhatsApp",
      "Covid",
      "Internet",
      "Holocaust",
      "Nakba",
      "Intifada",
      "Zionist",
      "Zionism",
      "Ottoman",
      "Soviet",
      "Cold",
      "Second",
      "First",
      "Third",
      "Gulf",
      "Persian",
      "Strait",
      "Canal",
      "Hill",
      "Heights",
      "Plains",
      "Desert",
      "Coast",
      "Line",
      "Route",
      "Highway",
      "Junction",
      "Port",
      "Harbour",
      "Base",
      "Prison",
      "Jail",
      "Detention",
      "Photograph",
      "Photo",
      "Picture",
      "Image",
      "Images",
      "Getty",
      "Reuters",
      "AFP",
      "Video",
      "Live",
      "Updates",
      "Update",
      "Breaking",
      "Exclusive",
      "Opinion",
      "Analysis",
      "Comment",
      "Editorial",
      "Letters",
      "Section",
      "Length",
      "Byline",
      "Highlight",
      "Body",
      "Classification",
      "Language",
      "Subject",
      "Person",
      "Geographic",
      "Load",
      "Date",
      "Graphic",
      "Copyright",
      "Reserved",
      "Edition",
      "Version",
      "Words",
      "Pages",
      "Page",
      "Part",
      "Chapter",
      "Article",
      "Hamas",
      "Hezbollah",
      "Israel",
      "Gaza",
      "Please",
      "Read",
      "Sign",
      "Follow",
      "Share",
      "Listen",
      "See",
      "Asharq",
      "Olympics",
      "Olympic",
      "Games",
      "Cup",
      "Mela",
      "Perhaps",
      "Maybe",
      "Indeed",
      "Instead",
      "Already",
      "Later",
      "Earlier",
      "Today",
      "Yesterday",
      "Tomorrow",
      "Tonight",
      "Last",
      "Next",
      "Simchat",
      "Torah",
      "Yom",
      "Kippur",
      "Sukkot",
      "Purim",
      "Academy",
      "Studies",
      "Medicine",
      "Science",
      "Sciences",
      "Research",
      "Affairs",
      "Relations",
      "Mount",
      "Lake",
      "Bay",
      "Beach",
      "Temple",
      "Synagogue",
      "Cathedral",
      "Basilica",
      "Market",
      "Mall",
      "Stadium",
      "Station");

  private final Gazetteer gazetteer;

  PersonNameFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The names found, as written, with how often each is written in full, in order of first mention. */
  Map<String, Integer> find(String text) {
    Map<String, Integer> out = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) return out;
    Words scanned = words(text);
    List<Word> words = scanned.list();
    Vocabulary vocabulary = new Vocabulary(scanned);
    List<String> found = new ArrayList<>();
    for (int i = 0; i < words.size(); ) {
      int end = runEnd(words, i);
      if (end == i) {
        i++;
        continue;
      }
      if (!scanned.headlines().get(words.get(i).line)) {
        String c = candidate(words, i, end, vocabulary);
        if (c != null) found.add(c);
      }
      i = end;
    }
    for (String name : found) out.merge(name, 1, Integer::sum);
    // "Abu Daqqa said" after "Samer Abu Daqqa": a later, shorter mention of a name already found
    out.keySet()
        .removeIf(name -> out.keySet().stream()
            .anyMatch(other -> other.length() > name.length() && other.endsWith(" " + name)));
    return out;
  }

  /**
   * A word and where it starts and ends in the text; {@code nameStart} is whether a name may start
   * with it ({@link #nameLike} outside a run), found as the word is cut out: most words start none,
   * and a pass of its own cost a sixth of the finder.
   */
  private record Word(
      String text, int line, boolean possessive, int start, int end, boolean nameStart) {}

  /**
   * The words of a text, and what the finder asks of them all, found as they are cut out rather
   * than in passes of their own: the lines set in title case (headlines and mastheads, where every
   * word is capitalized, name or not), and the {@link Vocabulary#shape}s of the words written in
   * lower case, one bit each.
   */
  private record Words(List<Word> list, java.util.BitSet headlines, long[] lowerShapes) {}

  /**
   * What one text writes: whether it writes a word in lower case, how often a capitalized word and
   * a pair of them stand. Few runs are asked about, so each answer is a scan of the text's words,
   * not a table of them all: hashing every word of every text cost a quarter of the finder.
   */
  private static final class Vocabulary {
    /** Bits of a lower-case word's {@link #shape}: most questions are ruled out without a scan. */
    private static final int SHAPE_BITS = 1024;

    private final List<Word> words;
    private final long[] lowerShapes;
    private Map<String, Integer> capitalizedCounts;
    /** Per word as written, whether the gazetteer knows it as a descriptor: names recur in a text. */
    private final Map<String, Boolean> descriptors = new java.util.HashMap<>();

    Vocabulary(Words words) {
      this.words = words.list();
      this.lowerShapes = words.lowerShapes();
    }

    /** Whether the text writes this word (in lower case) as a word of its own. */
    boolean writesLowerCase(String lowerCaseWord) {
      int bit = shape(lowerCaseWord);
      if ((lowerShapes[bit >>> 6] & (1L << bit)) == 0) return false;
      for (Word w : words)
        if (Character.isLowerCase(w.text.charAt(0)) && w.text.equals(lowerCaseWord)) return true;
      return false;
    }

    /** A hash of a word's length, first and last character, in [0, SHAPE_BITS). */
    static int shape(String w) {
      int h = w.length() * 0x9E3779B1
          ^ w.charAt(0) * 0x85EBCA77
          ^ w.charAt(w.length() - 1) * 0xC2B2AE3D;
      return (h ^ (h >>> 16)) & (SHAPE_BITS - 1);
    }

    /** How often the text writes this capitalized word (without a final period) on its own or in a run. */
    int capitalized(String bareWord) {
      if (capitalizedCounts == null) {
        capitalizedCounts = new java.util.HashMap<>();
        for (Word w : words)
          if (isTitleCase(w.text)) capitalizedCounts.merge(bare(w.text), 1, Integer::sum);
      }
      return capitalizedCounts.getOrDefault(bareWord, 0);
    }

    /** How often the text writes these two capitalized words one after the other. */
    int pair(String first, String bareSecond) {
      int n = 0;
      for (int k = 1; k < words.size(); k++) {
        String a = words.get(k - 1).text, b = words.get(k).text;
        if (a.equals(first) && isTitleCase(a) && isTitleCase(b) && bare(b).equals(bareSecond)) n++;
      }
      return n;
    }
  }

  /**
   * The words of the text with their line numbers; punctuation marks are words of their own. A word
   * is a letter, then letters, marks, apostrophes and dashes up to its last letter, then maybe one
   * period ("Jr.", "F."); scanned by hand, as a regex costs more than the rest of the finder.
   */
  private static Words words(String text) {
    List<Word> out = new ArrayList<>(text.length() / 5);
    java.util.BitSet headlines = new java.util.BitSet();
    long[] lowerShapes = new long[Vocabulary.SHAPE_BITS / 64];
    // a line's words of four letters or more, and how many of them are capitalized
    int all = 0, capitalized = 0;
    int line = 0;
    int n = text.length();
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (isHeadline(all, capitalized)) headlines.set(line);
        all = 0;
        capitalized = 0;
        line++;
        i++;
        continue;
      }
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (Character.isLetter(c)) {
        int lastLetter = i;
        int j = i + 1;
        while (j < n) {
          char d = text.charAt(j);
          if (Character.isLetter(d)) lastLetter = j;
          else if (!(d == '\''
              || d == '’'
              || d == '-'
              || Character.getType(d) == Character.NON_SPACING_MARK)) break;
          j++;
        }
        int end = lastLetter + 1;
        if (end < n && text.charAt(end) == '.') end++;
        String w = text.substring(i, end);
        boolean possessive = false;
        // a possessive ending the word: "Netanyahu's", "Abbas'"
        if (end < n
            && (text.charAt(end) == '\'' || text.charAt(end) == '’')
            && w.charAt(w.length() - 1) != '.') {
          if (end + 1 < n
              && text.charAt(end + 1) == 's'
              && (end + 2 >= n || !Character.isLetter(text.charAt(end + 2)))) {
            possessive = true;
            end += 2;
          } else if (w.endsWith("s")) {
            possessive = true;
            end++;
          }
        } else if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"))) {
          w = w.substring(0, w.length() - 2);
          possessive = true;
        }
        out.add(new Word(w, line, possessive, i, end, nameLike(w, false)));
        char first = w.charAt(0);
        if (Character.isLowerCase(first)) {
          int bit = Vocabulary.shape(w);
          lowerShapes[bit >>> 6] |= 1L << bit;
        }
        if (w.length() >= 4) {
          all++;
          if (Character.isUpperCase(first)) capitalized++;
        }
        i = end;
        continue;
      }
      if (Character.isDigit(c)) {
        int j = i + 1;
        while (j < n && Character.isDigit(text.charAt(j))) j++;
        // digits and marks start no name
        out.add(new Word(text.substring(i, j), line, false, i, j, false));
        i = j;
        continue;
      }
      String mark = String.valueOf(c);
      out.add(new Word(mark, line, false, i, i + 1, false));
      // a few signs are lower case without being letters ("ⅰ", "ⓐ")
      if (Character.isLowerCase(c)) {
        int bit = Vocabulary.shape(mark);
        lowerShapes[bit >>> 6] |= 1L << bit;
      }
      i++;
    }
    if (isHeadline(all, capitalized)) headlines.set(line);
    return new Words(out, headlines, lowerShapes);
  }

  /** Whether a line is set in title case: three words of four letters or more, seven in ten capitalized. */
  private static boolean isHeadline(int all, int capitalized) {
    return all >= 3 && capitalized * 10 >= all * 7;
  }

  /** The end (exclusive) of the run of name-like words starting at {@code i}, on one line; {@code i} when none starts there. */
  private static int runEnd(List<Word> words, int i) {
    int j = i;
    // one name's words stand on one line, one space apart: a wider gap is layout (a signature, a
    // caption)
    while (j < words.size()
        && (j > i ? nameLike(words.get(j).text, true) : words.get(j).nameStart)
        && words.get(j).line == words.get(i).line
        && (j == i || words.get(j).start - words.get(j - 1).end <= 2)) {
      j++;
      String w = words.get(j - 1).text;
      // a possessive ends a name; so does a period, unless it ends an abbreviation or an initial
      // ("Lt.", "John F. Kirby")
      if (words.get(j - 1).possessive
          || (w.endsWith(".")
              && w.length() > 2
              && !TITLES.contains(w)
              && !w.equals("Jr.")
              && !w.equals("St."))) break;
    }
    // a run does not end on a joining particle ("bin")
    while (j > i && JOINERS.contains(words.get(j - 1).text)) j--;
    return j;
  }

  private static boolean nameLike(String w, boolean inside) {
    char c = w.charAt(0);
    if (Character.isLowerCase(c)) {
      // "al-Sharaa": an article joined to a capitalized name; else only a joining particle inside a
      // name
      int dash = w.indexOf('-');
      if (dash == 2 || dash == 3) return PARTICLE.matcher(w).matches();
      return inside && JOINERS.contains(w);
    }
    // a middle initial ("Robert F. Kennedy", "John F Kirby")
    if (inside
        && Character.isUpperCase(w.charAt(0))
        && (w.length() == 1 || (w.length() == 2 && w.charAt(1) == '.'))) return true;
    if (isTitleCase(w)) return hyphenPartsCapitalized(w);
    return inside && JOINERS.contains(w);
  }

  /** "Dekel-Chen", "Abu-Salmiya", not "War-weary" nor "Qatari-owned": a name's parts are all capitalized. */
  private static boolean hyphenPartsCapitalized(String w) {
    for (int k = w.indexOf('-'); k >= 0 && k + 1 < w.length(); k = w.indexOf('-', k + 1)) {
      if (!Character.isUpperCase(w.charAt(k + 1))) return false;
    }
    return true;
  }

  /** Upper-case first letter, and some lower-case letter after it ("McGurk", "Abu-Salmiya"; not "UN", not "HAIYUN"). */
  private static boolean isTitleCase(String w) {
    if (!Character.isUpperCase(w.charAt(0))) return false;
    for (int k = 1; k < w.length(); k++) if (Character.isLowerCase(w.charAt(k))) return true;
    return false;
  }

  private static String bare(String w) {
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  /** The name a run of capitalized words [start, end) gives, as written without its titles, or null when it names no person. */
  private String candidate(List<Word> words, int start, int end, Vocabulary vocabulary) {
    // a name has two words or more once its titles are dropped: most runs are one word ("The")
    if (end - start < 2) return null;
    int s = start;
    // "Archbishop of Canterbury Justin Welby", "Mayor of London Sadiq Khan": the run opens with the
    // place of an office
    if (start > 0 && words.get(start - 1).text.equals("of") && end - start >= 3) s++;
    while (s < end
        && (TITLES.contains(words.get(s).text) || isDescriptor(words.get(s).text, vocabulary))) s++;
    boolean titled = s > start;
    int n = end - s;
    if (n < 2 || n > 4) return null;
    if (n == 2 && LEADING_PARTICLES.contains(words.get(s).text)) return null;
    // the cheap tests first: most runs are presented as no one, and the tests of each word and a
    // gazetteer look-up cost more (every test only rules out, so their order changes no answer)
    if (!titled && start > 0 && LOCATIVES.contains(words.get(start - 1).text)) return null;
    if (!titled && !presented(words, start, end, vocabulary)) return null;
    List<String> parts = new ArrayList<>(n);
    for (int k = s; k < end; k++) {
      String w = words.get(k).text;
      boolean initial = w.length() <= 2 && k > s && k < end - 1;
      if (NOT_NAME.contains(bare(w)) || TITLES.contains(w) || (w.length() < 2 && !initial))
        return null;
      // a word the text also writes in lower case is a word, not a name ("Killed", "Perhaps",
      // "Seven")
      if (vocabulary.writesLowerCase(w.toLowerCase(Locale.ROOT))) return null;
      if (!JOINERS.contains(w) && isDescriptor(w, vocabulary)) return null;
      parts.add(bare(w));
    }
    String name = String.join(" ", parts);
    if (gazetteer.resolve(name).isPresent()
        || holdsKnownPerson(parts)
        || knownWithoutInitials(parts)) return null;
    return name;
  }

  /** Whether the name minus its first or last word is a person the gazetteer knows ("Judith Suminwa Tuluka"). */
  private boolean holdsKnownPerson(List<String> parts) {
    if (parts.size() < 3) return false;
    return isKnownPerson(String.join(" ", parts.subList(1, parts.size())))
        || isKnownPerson(String.join(" ", parts.subList(0, parts.size() - 1)));
  }

  /** "Antony J Blinken" is Antony Blinken. */
  private boolean knownWithoutInitials(List<String> parts) {
    List<String> kept = parts.stream().filter(p -> p.length() > 1).toList();
    return kept.size() < parts.size()
        && kept.size() >= 2
        && gazetteer.resolve(String.join(" ", kept)).isPresent();
  }

  private boolean isKnownPerson(String name) {
    return gazetteer.resolve(name).filter(a -> "person".equals(a.type())).isPresent();
  }

  /**
   * A word the gazetteer knows as a state, group or body ("Israeli", "Hamas"), also in a compound
   * ("American-Israeli"): it describes a name, it is not one.
   */
  private boolean isDescriptor(String w, Vocabulary vocabulary) {
    return vocabulary.descriptors.computeIfAbsent(w, this::isDescriptor);
  }

  private boolean isDescriptor(String w) {
    if (w.indexOf('-') < 0) return knownOther(w);
    for (String part : w.split("-"))
      if (!part.isEmpty() && !knownOther(part) && !TITLES.contains(part)) return false;
    return true;
  }

  /** Whether the gazetteer knows this one word as something other than a person. */
  private boolean knownOther(String w) {
    Alias a = gazetteer.alias(NameNormalizer.normalize(w));
    return a != null && !"person".equals(a.actor().type());
  }

  /** Whether the words around the run present it as a person, or its surname recurs on its own. */
  private static boolean presented(List<Word> words, int start, int end, Vocabulary vocabulary) {
    if (start > 0) {
      String before = words.get(start - 1).text.toLowerCase(Locale.ROOT);
      if (CUES_BEFORE.contains(before)) return true;
      if (before.equals(",")
          && start > 1
          && CUES_BEFORE.contains(words.get(start - 2).text.toLowerCase(Locale.ROOT))) return true;
    }
    if (end < words.size()) {
      Word after = words.get(end);
      if (CUES_AFTER.contains(after.text) && Character.isLowerCase(after.text.charAt(0)))
        return true;
      if (after.text.equals(",") && end + 1 < words.size()) {
        String next = words.get(end + 1).text;
        if (Character.isDigit(next.charAt(0)) || CUES_AFTER.contains(next)) return true;
      }
    }
    // the surname written on its own elsewhere ("Sands said"): more often than in the full name
    String last = bare(words.get(end - 1).text);
    int alone = vocabulary.capitalized(last);
    if (alone < 2) return false;
    int full = end - start == 2 ? vocabulary.pair(words.get(start).text, last) : 1;
    return alone > Math.max(full, 1);
  }
}

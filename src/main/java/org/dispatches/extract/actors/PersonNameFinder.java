package org.dispatches.extract.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dispatches.extract.text.NameNormalizer;
import org.dispatches.extract.text.WordList;

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
  /** The same, to ask of a stretch of the text in place. */
  private static final WordList JOINER_WORDS = new WordList(JOINERS);
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

  private static final WordList CUE_BEFORE_WORDS = new WordList(CUES_BEFORE);

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

  private static final WordList CUE_AFTER_WORDS = new WordList(CUES_AFTER);

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

  private static final WordList LOCATIVE_WORDS = new WordList(LOCATIVES);

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
  /** The gazetteer's answers for names and words, remembered across texts, which repeat them. */
  private final BoundedMemo<String, Optional<Actor>> resolved;

  private final BoundedMemo<String, Boolean> descriptors;

  PersonNameFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.resolved = new BoundedMemo<>(1 << 14, gazetteer::resolve);
    this.descriptors = new BoundedMemo<>(1 << 14, this::knownDescriptor);
  }

  /** The names found, as written, with how often each is written in full, in order of first mention. */
  Map<String, Integer> find(String text) {
    Map<String, Integer> out = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) return out;
    Words words = Words.of(text);
    Vocabulary vocabulary = new Vocabulary(words);
    List<String> found = new ArrayList<>();
    for (int i = 0; i < words.size; ) {
      int end = runEnd(words, i);
      if (end == i) {
        i++;
        continue;
      }
      if (!words.headlines.get(words.line[i])) {
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
   * The words of a text as offsets into it, and what the finder asks of them all, found as they are
   * cut out rather than in passes of their own: the lines set in title case (headlines and
   * mastheads, where every word is capitalized, name or not), the {@link Vocabulary#shape}s of the
   * words written in lower case (one bit each), and whether a name may start at a word ({@link
   * #nameLike} outside a run). A word's text is cut out only when a run of capitalized words asks
   * for it: most words are in lower case or marks and start no run, and cutting out and keeping every
   * one cost more than the rest of the finder.
   */
  private static final class Words {
    private static final byte POSSESSIVE = 1;
    private static final byte NAME_START = 2;
    private static final byte TITLE_CASE = 4;

    final String text;
    int size;
    /** Where each word starts, where its text ends (without a possessive "'s"), and where it ends. */
    int[] start, textEnd, end, line;

    byte[] flags;
    private String[] cut;
    final java.util.BitSet headlines = new java.util.BitSet();
    final long[] lowerShapes = new long[Vocabulary.SHAPE_BITS / 64];
    /** The shapes of the title-case words without a final period: seen once, seen twice or more. */
    final long[] titleShapes = new long[Vocabulary.SHAPE_BITS / 64];

    final long[] titleShapesTwice = new long[Vocabulary.SHAPE_BITS / 64];

    private Words(String text) {
      this.text = text;
      int capacity = Math.max(16, text.length() / 4);
      start = new int[capacity];
      textEnd = new int[capacity];
      end = new int[capacity];
      line = new int[capacity];
      flags = new byte[capacity];
    }

    /** The word at {@code k} as written (without a possessive "'s"). */
    String text(int k) {
      if (cut == null) cut = new String[size];
      String s = cut[k];
      if (s == null) cut[k] = s = text.substring(start[k], textEnd[k]);
      return s;
    }

    int length(int k) {
      return textEnd[k] - start[k];
    }

    char first(int k) {
      return text.charAt(start[k]);
    }

    char last(int k) {
      return text.charAt(textEnd[k] - 1);
    }

    boolean possessive(int k) {
      return (flags[k] & POSSESSIVE) != 0;
    }

    boolean nameStart(int k) {
      return (flags[k] & NAME_START) != 0;
    }

    /** Whether the word at {@code k} is in title case ({@link #isTitleCase}). */
    boolean titleCase(int k) {
      return (flags[k] & TITLE_CASE) != 0;
    }

    /** Whether the word at {@code k} is {@code w}. */
    boolean is(int k, String w) {
      return length(k) == w.length() && text.regionMatches(start[k], w, 0, w.length());
    }

    private void add(int from, int to, int wordEnd, int lineNumber, byte flag) {
      if (size == start.length) {
        int capacity = size * 2;
        start = java.util.Arrays.copyOf(start, capacity);
        textEnd = java.util.Arrays.copyOf(textEnd, capacity);
        end = java.util.Arrays.copyOf(end, capacity);
        line = java.util.Arrays.copyOf(line, capacity);
        flags = java.util.Arrays.copyOf(flags, capacity);
      }
      start[size] = from;
      textEnd[size] = to;
      end[size] = wordEnd;
      line[size] = lineNumber;
      flags[size] = flag;
      size++;
    }

    private void titleCase(int from, int bareTo) {
      int bit = Vocabulary.shape(text, from, bareTo);
      long mask = 1L << bit;
      if ((titleShapes[bit >>> 6] & mask) != 0) titleShapesTwice[bit >>> 6] |= mask;
      titleShapes[bit >>> 6] |= mask;
    }

    private void lowerCase(int from, int to) {
      int bit = Vocabulary.shape(text, from, to);
      lowerShapes[bit >>> 6] |= 1L << bit;
    }

    /**
     * The words of the text with their line numbers; punctuation marks are words of their own. A word
     * is a letter, then letters, marks, apostrophes and dashes up to its last letter, then maybe one
     * period ("Jr.", "F."); scanned by hand, as a regex costs more than the rest of the finder.
     */
    /** {@link Character#isLetter}, answered for ASCII without its tables: most characters are ASCII. */
    private static boolean isLetter(char c) {
      return c < 0x80 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
    }

    static Words of(String text) {
      Words out = new Words(text);
      long[] letterBits = asciiLetterBits(text);
      // a line's words of four letters or more, and how many of them are capitalized
      int all = 0, capitalized = 0;
      int line = 0;
      int n = text.length();
      for (int i = 0; i < n; ) {
        char c = text.charAt(i);
        if (c == '\n') {
          if (isHeadline(all, capitalized)) out.headlines.set(line);
          all = 0;
          capitalized = 0;
          line++;
          i++;
          continue;
        }
        if (isWhitespace(c)) {
          i++;
          continue;
        }
        if (isLetter(c)) {
          // the ASCII letters after the first come from the bits; what follows is read char by char
          int j = asciiLettersEnd(letterBits, i + 1, n);
          int lastLetter = j - 1;
          int firstDash = n;
          while (j < n) {
            char d = text.charAt(j);
            if (isLetter(d)) lastLetter = j;
            else if (d == '-') firstDash = Math.min(firstDash, j);
            else if (!(d == '\''
                || d == '’'
                || (d >= 0x80 && Character.getType(d) == Character.NON_SPACING_MARK))) break;
            j++;
          }
          int end = lastLetter + 1;
          if (end < n && text.charAt(end) == '.') end++;
          int wordEnd = end;
          boolean possessive = false;
          // a possessive ending the word: "Netanyahu's", "Abbas'"
          if (end < n
              && (text.charAt(end) == '\'' || text.charAt(end) == '’')
              && text.charAt(wordEnd - 1) != '.') {
            if (end + 1 < n
                && text.charAt(end + 1) == 's'
                && (end + 2 >= n || !Character.isLetter(text.charAt(end + 2)))) {
              possessive = true;
              end += 2;
            } else if (text.charAt(wordEnd - 1) == 's') {
              possessive = true;
              end++;
            }
          } else if (wordEnd - i > 2
              && text.charAt(wordEnd - 1) == 's'
              && (text.charAt(wordEnd - 2) == '\'' || text.charAt(wordEnd - 2) == '’')) {
            wordEnd -= 2;
            possessive = true;
          }
          boolean title = isTitleCase(text, i, wordEnd);
          if (title) out.titleCase(i, text.charAt(wordEnd - 1) == '.' ? wordEnd - 1 : wordEnd);
          byte flag = (byte) ((possessive ? POSSESSIVE : 0)
              | (title ? TITLE_CASE : 0)
              | (startsName(text, i, wordEnd, firstDash, title) ? NAME_START : 0));
          out.add(i, wordEnd, end, line, flag);
          if (isLowerCase(c)) out.lowerCase(i, wordEnd);
          if (wordEnd - i >= 4) {
            all++;
            if (isUpperCase(c)) capitalized++;
          }
          i = end;
          continue;
        }
        if (Character.isDigit(c)) {
          int j = i + 1;
          while (j < n && Character.isDigit(text.charAt(j))) j++;
          // digits and marks start no name
          out.add(i, j, j, line, (byte) 0);
          i = j;
          continue;
        }
        out.add(i, i + 1, i + 1, line, (byte) 0);
        // a few signs are lower case without being letters ("ⅰ", "ⓐ")
        if (isLowerCase(c)) out.lowerCase(i, i + 1);
        i++;
      }
      if (isHeadline(all, capitalized)) out.headlines.set(line);
      return out;
    }
  }

  /**
   * Bit k of word k / 64 set when text[k] is an ASCII letter, found without a branch per character,
   * as {@link org.dispatches.extract.text.PatternAt} and the figures' cue scan find words (the same
   * one-line test in each, inlined in their loops): where a word ends is too irregular for branch
   * prediction, and the letter-by-letter scan of every word was the costly part of finding them.
   */
  private static long[] asciiLetterBits(String text) {
    int n = text.length();
    long[] bits = new long[(n >>> 6) + 1];
    for (int k = 0; k < n; k++) {
      int d = (text.charAt(k) | 0x20) - 'a';
      bits[k >>> 6] |= (long) (((d | (25 - d)) >>> 31) ^ 1) << k;
    }
    return bits;
  }

  /** The first position from {@code from} (at most {@code n}) that holds no ASCII letter. */
  private static int asciiLettersEnd(long[] letterBits, int from, int n) {
    int k = from;
    while (k < n) {
      long others = ~letterBits[k >>> 6] >>> k; // shifts by k mod 64
      if (others != 0) return Math.min(n, k + Long.numberOfTrailingZeros(others));
      k = (k | 63) + 1;
    }
    return n;
  }

  /**
   * What one text writes: whether it writes a word in lower case, how often a capitalized word and
   * a pair of them stand. Few runs are asked about, so each answer is a scan of the text's words,
   * not a table of them all: hashing every word of every text cost a quarter of the finder.
   */
  private static final class Vocabulary {
    /** Bits of a lower-case word's {@link #shape}: most questions are ruled out without a scan. */
    private static final int SHAPE_BITS = 4096;

    private final Words words;
    /** The answers of {@link #capitalized} so far: a text asks about few words, so none is counted before it is asked. */
    private final Map<String, Integer> capitalizedCounts = new java.util.HashMap<>();

    Vocabulary(Words words) {
      this.words = words;
    }

    /** Whether the text writes this word (in lower case) as a word of its own. */
    boolean writesLowerCase(String lowerCaseWord) {
      int bit = shape(lowerCaseWord, 0, lowerCaseWord.length());
      if ((words.lowerShapes[bit >>> 6] & (1L << bit)) == 0) return false;
      for (int k = 0; k < words.size; k++)
        if (isLowerCase(words.first(k)) && words.is(k, lowerCaseWord)) return true;
      return false;
    }

    /**
     * {@link #writesLowerCase} of the word's lower case; an ASCII word's shape is taken in place, as
     * most words are ruled out by it and need no lower-case copy.
     */
    boolean writesInLowerCase(String word) {
      int n = word.length();
      boolean ascii = true;
      for (int k = 0; k < n && ascii; k++) ascii = word.charAt(k) < 0x80;
      if (ascii && n > 0) {
        int bit = shape(n, asciiLower(word.charAt(0)), asciiLower(word.charAt(n - 1)));
        if ((words.lowerShapes[bit >>> 6] & (1L << bit)) == 0) return false;
      }
      return writesLowerCase(word.toLowerCase(Locale.ROOT));
    }

    private static char asciiLower(char c) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** A hash of a word's length, first and last character, in [0, SHAPE_BITS). */
    static int shape(String s, int from, int to) {
      return shape(to - from, s.charAt(from), s.charAt(to - 1));
    }

    private static int shape(int length, char first, char last) {
      int h = length * 0x9E3779B1 ^ first * 0x85EBCA77 ^ last * 0xC2B2AE3D;
      return (h ^ (h >>> 16)) & (SHAPE_BITS - 1);
    }

    /** How often the text writes this capitalized word (without a final period) on its own or in a run. */
    /**
     * False when the text writes this capitalized word (without a final period) at most once: then
     * {@link #capitalized} need not count. Most names stand once, and the shapes tell so without a
     * scan.
     */
    boolean mayBeCapitalizedTwice(String bareWord) {
      int bit = shape(bareWord, 0, bareWord.length());
      return (words.titleShapesTwice[bit >>> 6] & (1L << bit)) != 0;
    }

    int capitalized(String bareWord) {
      Integer known = capitalizedCounts.get(bareWord);
      if (known != null) return known;
      String text = words.text;
      int length = bareWord.length();
      int n = 0;
      for (int k = 0; k < words.size; k++) {
        if (!words.titleCase(k)) continue;
        int from = words.start[k], to = words.textEnd[k];
        int bareLength = text.charAt(to - 1) == '.' ? to - from - 1 : to - from;
        if (bareLength == length && text.regionMatches(from, bareWord, 0, length)) n++;
      }
      capitalizedCounts.put(bareWord, n);
      return n;
    }

    /** How often the text writes these two capitalized words one after the other. */
    int pair(String first, String bareSecond) {
      if (!isTitleCase(first, 0, first.length())) return 0;
      String text = words.text;
      int n = 0;
      for (int k = 1; k < words.size; k++) {
        if (!words.is(k - 1, first)) continue;
        if (!words.titleCase(k)) continue;
        int b = words.start[k], bEnd = words.textEnd[k];
        int bareLength = text.charAt(bEnd - 1) == '.' ? bEnd - b - 1 : bEnd - b;
        if (bareLength == bareSecond.length() && text.regionMatches(b, bareSecond, 0, bareLength))
          n++;
      }
      return n;
    }
  }

  /** Whether a line is set in title case: three words of four letters or more, seven in ten capitalized. */
  private static boolean isHeadline(int all, int capitalized) {
    return all >= 3 && capitalized * 10 >= all * 7;
  }

  /** The end (exclusive) of the run of name-like words starting at {@code i}, on one line; {@code i} when none starts there. */
  private static int runEnd(Words words, int i) {
    if (!words.nameStart(i)) return i;
    int j = i;
    // one name's words stand on one line, one space apart: a wider gap is layout (a signature, a
    // caption)
    while (j < words.size
        && (j == i
            || (words.line[j] == words.line[i]
                && words.start[j] - words.end[j - 1] <= 2
                && nameLike(words.text, words.start[j], words.textEnd[j], true)))) {
      j++;
      // a possessive ends a name; so does a period, unless it ends an abbreviation or an initial
      // ("Lt.", "John F. Kirby")
      if (words.possessive(j - 1)) break;
      if (words.last(j - 1) == '.' && words.length(j - 1) > 2) {
        String w = words.text(j - 1);
        if (!TITLES.contains(w) && !w.equals("Jr.") && !w.equals("St.")) break;
      }
    }
    // a run does not end on a joining particle ("bin")
    while (j > i
        && JOINER_WORDS.contains(words.text, words.start[j - 1], words.textEnd[j - 1], false)) j--;
    return j;
  }

  /**
   * {@link #nameLike} outside a run, for a word whose first dash (if any before {@code to}) is at
   * {@code firstDash}, as the scan found it: most words hold none and need no second look.
   */
  private static boolean startsName(
      String text, int from, int to, int firstDash, boolean titleCase) {
    if (isLowerCase(text.charAt(from))) {
      int dash = firstDash - from;
      return (dash == 2 || dash == 3) && PARTICLE.matcher(text).region(from, to).matches();
    }
    return titleCase && (firstDash >= to || hyphenPartsCapitalized(text, firstDash, to));
  }

  /** Whether text[from, to) may be a word of a name; {@code inside} a run, also particles and initials. */
  private static boolean nameLike(String text, int from, int to, boolean inside) {
    char c = text.charAt(from);
    if (Character.isLowerCase(c)) {
      // "al-Sharaa": an article joined to a capitalized name; else only a joining particle inside a
      // name
      int dash = -1;
      for (int k = from; k < to; k++) {
        if (text.charAt(k) == '-') {
          dash = k - from;
          break;
        }
      }
      if (dash == 2 || dash == 3) return PARTICLE.matcher(text).region(from, to).matches();
      return inside && JOINER_WORDS.contains(text, from, to, false);
    }
    int length = to - from;
    // a middle initial ("Robert F. Kennedy", "John F Kirby")
    if (inside
        && Character.isUpperCase(c)
        && (length == 1 || (length == 2 && text.charAt(from + 1) == '.'))) return true;
    if (isTitleCase(text, from, to)) return hyphenPartsCapitalized(text, from, to);
    return inside && JOINER_WORDS.contains(text, from, to, false);
  }

  /** "Dekel-Chen", "Abu-Salmiya", not "War-weary" nor "Qatari-owned": a name's parts are all capitalized. */
  private static boolean hyphenPartsCapitalized(String text, int from, int to) {
    for (int k = from; k + 1 < to; k++)
      if (text.charAt(k) == '-' && !Character.isUpperCase(text.charAt(k + 1))) return false;
    return true;
  }

  /** {@link Character#isUpperCase}, answered for ASCII without its tables: most characters are ASCII. */
  private static boolean isUpperCase(char c) {
    return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  /** {@link Character#isLowerCase}, the same way. */
  private static boolean isLowerCase(char c) {
    return c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
  }

  /** {@link Character#isWhitespace}, the same way. */
  private static boolean isWhitespace(char c) {
    return c < 0x80
        ? c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F)
        : Character.isWhitespace(c);
  }

  /** Upper-case first letter, and some lower-case letter after it ("McGurk", "Abu-Salmiya"; not "UN", not "HAIYUN"). */
  private static boolean isTitleCase(String text, int from, int to) {
    if (!isUpperCase(text.charAt(from))) return false;
    for (int k = from + 1; k < to; k++) if (isLowerCase(text.charAt(k))) return true;
    return false;
  }

  private static String bare(String w) {
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  /** The name a run of capitalized words [start, end) gives, as written without its titles, or null when it names no person. */
  private String candidate(Words words, int start, int end, Vocabulary vocabulary) {
    // a name has two words or more once its titles are dropped: most runs are one word ("The")
    if (end - start < 2) return null;
    int s = start;
    // "Archbishop of Canterbury Justin Welby", "Mayor of London Sadiq Khan": the run opens with the
    // place of an office
    if (start > 0 && words.is(start - 1, "of") && end - start >= 3) s++;
    while (s < end && (TITLES.contains(words.text(s)) || isDescriptor(words.text(s)))) s++;
    boolean titled = s > start;
    int n = end - s;
    if (n < 2 || n > 4) return null;
    if (n == 2 && LEADING_PARTICLES.contains(words.text(s))) return null;
    // the cheap tests first: most runs are presented as no one, and the tests of each word and a
    // gazetteer look-up cost more (every test only rules out, so their order changes no answer)
    if (!titled && start > 0 && isWord(LOCATIVE_WORDS, words, start - 1)) return null;
    if (!titled && !presented(words, start, end, vocabulary)) return null;
    List<String> parts = new ArrayList<>(n);
    for (int k = s; k < end; k++) {
      String w = words.text(k);
      boolean initial = w.length() <= 2 && k > s && k < end - 1;
      if (NOT_NAME.contains(bare(w)) || TITLES.contains(w) || (w.length() < 2 && !initial))
        return null;
      // a word the text also writes in lower case is a word, not a name ("Killed", "Perhaps",
      // "Seven")
      if (vocabulary.writesInLowerCase(w)) return null;
      if (!JOINERS.contains(w) && isDescriptor(w)) return null;
      parts.add(bare(w));
    }
    String name = String.join(" ", parts);
    if (resolved.get(name).isPresent() || holdsKnownPerson(parts) || knownWithoutInitials(parts))
      return null;
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
    boolean initials = false;
    for (String p : parts) initials |= p.length() <= 1;
    if (!initials) return false;
    List<String> kept = parts.stream().filter(p -> p.length() > 1).toList();
    return kept.size() < parts.size()
        && kept.size() >= 2
        && resolved.get(String.join(" ", kept)).isPresent();
  }

  private boolean isKnownPerson(String name) {
    return resolved.get(name).filter(a -> "person".equals(a.type())).isPresent();
  }

  /**
   * A word the gazetteer knows as a state, group or body ("Israeli", "Hamas"), also in a compound
   * ("American-Israeli"): it describes a name, it is not one.
   */
  private boolean isDescriptor(String w) {
    return descriptors.get(w);
  }

  private boolean knownDescriptor(String w) {
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

  /**
   * Whether the word at {@code k}, in lower case, is one of {@link #CUES_BEFORE}: in place when it is
   * ASCII (the cues are lower-case ASCII words), else by its lower case.
   */
  private static boolean isCueBefore(Words words, int k) {
    String text = words.text;
    int from = words.start[k], to = words.textEnd[k];
    for (int c = from; c < to; c++)
      if (text.charAt(c) >= 0x80)
        return CUES_BEFORE.contains(words.text(k).toLowerCase(Locale.ROOT));
    return CUE_BEFORE_WORDS.contains(text, from, to, true);
  }

  /** Whether the word at {@code k} is one of {@code list}, as written. */
  private static boolean isWord(WordList list, Words words, int k) {
    return list.contains(words.text, words.start[k], words.textEnd[k], false);
  }

  /** Whether the words around the run present it as a person, or its surname recurs on its own. */
  private static boolean presented(Words words, int start, int end, Vocabulary vocabulary) {
    // the words around are compared in place: most runs are presented by none of them
    if (start > 0) {
      if (isCueBefore(words, start - 1)) return true;
      if (words.is(start - 1, ",") && start > 1 && isCueBefore(words, start - 2)) return true;
    }
    if (end < words.size) {
      if (isLowerCase(words.first(end)) && isWord(CUE_AFTER_WORDS, words, end)) return true;
      if (words.is(end, ",") && end + 1 < words.size) {
        if (Character.isDigit(words.first(end + 1)) || isWord(CUE_AFTER_WORDS, words, end + 1))
          return true;
      }
    }
    // the surname written on its own elsewhere ("Sands said"): more often than in the full name
    String last = bare(words.text(end - 1));
    if (!vocabulary.mayBeCapitalizedTwice(last)) return false;
    int alone = vocabulary.capitalized(last);
    if (alone < 2) return false;
    int full = end - start == 2 ? vocabulary.pair(words.text(start), last) : 1;
    return alone > Math.max(full, 1);
  }
}

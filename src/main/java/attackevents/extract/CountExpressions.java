package attackevents.extract;

import attackevents.model.Count;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** TEMPORARY stand-in until the counts branch is merged. */
public final class CountExpressions {
    private static final Pattern P = Pattern.compile("\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens)\\b");

    public List<CountMatch> find(String text) {
        List<CountMatch> out = new ArrayList<>();
        Matcher m = P.matcher(text);
        while (m.find()) {
            String g = m.group(1);
            int n = switch (g) {
                case "one" -> 1; case "two" -> 2; case "three" -> 3; case "four" -> 4; case "five" -> 5;
                case "six" -> 6; case "seven" -> 7; case "eight" -> 8; case "nine" -> 9; case "ten" -> 10;
                case "dozens" -> 24;
                default -> Integer.parseInt(g.length() > 6 ? "0" : g);
            };
            if (n >= 1900 && n <= 2100) continue;
            out.add(new CountMatch(m.start(), m.end(), new Count(n, g.equals("dozens") ? null : n, g, null)));
        }
        return out;
    }
}

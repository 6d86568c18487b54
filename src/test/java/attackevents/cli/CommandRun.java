package attackevents.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.Objects;
import picocli.CommandLine;

/**
 * One run of the {@code attack-events} command line as a test sees it, through {@link Main#commandLine()} with
 * picocli's standard output and error captured.
 *
 * @param code the exit code
 * @param out  what was written to picocli's standard output
 * @param err  what was written to picocli's standard error
 */
public record CommandRun(int code, String out, String err) {
    /**
     * Runs the command line.
     *
     * @param args the arguments; each is turned into a string ({@code Path}s may be passed as they are)
     * @return what the run gave
     */
    public static CommandRun of(Object... args) {
        Objects.requireNonNull(args, "args");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(Arrays.stream(args).map(String::valueOf).toArray(String[]::new));
        return new CommandRun(code, out.toString(), err.toString());
    }
}

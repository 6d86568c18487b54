package attackevents.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code clean} subcommand (placeholder until implemented). */
@Command(name = "clean", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class CleanCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("clean is not implemented yet");
    }
}

package attackevents.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code extract} subcommand (placeholder until implemented). */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class ExtractCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("extract is not implemented yet");
    }
}

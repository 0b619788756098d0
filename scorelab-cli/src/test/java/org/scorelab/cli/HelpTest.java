package org.scorelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's --help shows its description lines whole, as they were written. */
class HelpTest {

    @Test
    void descriptionLinesAreNotBrokenByTheHelpWidth() {
        List<CommandLine> all = new ArrayList<>();
        collect(Main.newCommandLine(), all);
        assertThat(all).hasSizeGreaterThan(8);
        List<String> broken = new ArrayList<>();
        for (CommandLine c : all) {
            String usage = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
            for (String line : c.getCommandSpec().usageMessage().description()) {
                if (!usage.contains(line.replace("%n", "").strip())) {
                    broken.add(c.getCommandName() + ": " + line.length() + " chars: " + line);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    private static void collect(CommandLine c, List<CommandLine> out) {
        out.add(c);
        c.getSubcommands().values().forEach(s -> collect(s, out));
    }
}

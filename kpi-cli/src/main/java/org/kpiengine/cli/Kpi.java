package org.kpiengine.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code kpi} command-line tool: {@code kpi pay} computes a team's pay from a JSON plan and a
 * CSV export, {@code kpi explain} shows one employee's calculation, {@code kpi validate} checks a
 * plan; {@code kpi whatif}, {@code kpi inverse} and {@code kpi review} ask the planning questions
 * (docs/reference/planning.md) of one employee or of a plan. Each command is one class; see docs/guides/cli.md for every command, its options and
 * the exit codes.
 *
 * <p>Exit codes: {@value #OK} when the files were read (even if some employees have error rows),
 * {@value #UNUSABLE} when a file cannot be used as a whole (or, for {@code explain}, the employee
 * cannot be computed), {@value #USAGE} for bad arguments, {@value #INTERNAL} for a fault of the
 * tool itself. Bad input never prints a stack trace.
 *
 * @since 0.1.0
 */
@Command(name = "kpi", mixinStandardHelpOptions = true, versionProvider = Kpi.Version.class,
        description = "Pays a sales team from a JSON plan and a CSV export, explains one employee's pay,"
                + " validates a plan; what-if curves, inverse goals and plan reviews.",
        subcommands = {PayCommand.class, ExplainCommand.class, ValidateCommand.class, WhatIfCommand.class,
            InverseCommand.class, ReviewCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the files were read (employees with errors have error rows)",
            "1:a file cannot be used as a whole",
            "2:bad arguments",
            "3:a fault of the tool itself"})
public final class Kpi implements Runnable {

    /** The exit code when the files were read. */
    public static final int OK = 0;
    /** The exit code when a file cannot be used as a whole. */
    public static final int UNUSABLE = 1;
    /** The exit code for bad arguments. */
    public static final int USAGE = 2;
    /** The exit code for a fault of the tool itself. */
    public static final int INTERNAL = 3;

    @Spec
    private CommandSpec spec;

    Kpi() {
    }

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args the command and its arguments, such as {@code pay --plan plan.json --facts facts.csv --out results.csv}
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the tool as {@link #main} does, without exiting.
     *
     * @param args the command and its arguments, not null
     * @param out where results, summaries and help go, not null
     * @param err where problems, progress and usage errors go, not null
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine line = new CommandLine(new Kpi())
                .setOut(outWriter)
                .setErr(errWriter)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, command, parsed) -> {
                    command.getErr().println("kpi: internal error: " + e);
                    command.getErr().println("kpi: this is a fault of the tool, not of the input files;"
                            + " please report it with the command line used");
                    return INTERNAL;
                });
        try {
            return line.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is needed: pay, explain, validate, whatif, inverse or review");
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Kpi.class.getPackage().getImplementationVersion();
            return new String[] {"kpi " + (version == null ? "(development build)" : version)};
        }
    }
}

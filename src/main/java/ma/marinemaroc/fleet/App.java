package ma.marinemaroc.fleet;

import com.pulumi.Pulumi;

/**
 * Entry point. Without arguments it is the Pulumi program (what {@code pulumi up} runs); with a sub-command it is
 * one of the tools: {@code plan} (offline plan through Pulumi's mock engine) {@code verify} (post-deploy checks) or {@code load} (load test).
 */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            switch (args[0]) {
                case "plan" -> System.exit(ma.marinemaroc.fleet.plan.PlanCommand.run(rest));
                case "verify" -> System.exit(ma.marinemaroc.fleet.verify.VerifyCommand.run(rest));
                case "load" -> System.exit(ma.marinemaroc.fleet.load.LoadCommand.run(rest));
                default -> {
                    System.err.println("unknown command '" + args[0] + "'; use: plan, verify, load (or no argument: the Pulumi program)");
                    System.exit(2);
                }
            }
        }
        Pulumi.run(FleetStack::program);
    }
}

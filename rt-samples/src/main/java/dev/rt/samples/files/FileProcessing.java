package dev.rt.samples.files;

import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.MonitorEvent;
import dev.rt.samples.Console;
import dev.rt.supervision.ChildInfo;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A file-processing service: ONE_FOR_ONE, at most 3 restarts a minute. One corrupt file fails
 * and restarts the csv processor; it is reported, and every other file is processed.
 */
public final class FileProcessing {

    private FileProcessing() {}

    /**
     * Runs the sample.
     *
     * @param args ignored
     * @throws Exception if it cannot finish
     */
    public static void main(String[] args) throws Exception {
        List<Map.Entry<String, String>> files = List.of(
                Map.entry("prices.csv", "a,1\nb,2\nc,3"),
                Map.entry("orders.json", "{\"id\":1}\n{\"id\":2}"),
                Map.entry("corrupt.csv", "x,\u0000"),
                Map.entry("trades.csv", "d,4\ne,5"),
                Map.entry("users.json", "{\"u\":\"ann\"}"));
        ActorSystemConfig config = ActorSystemConfig.builder().monitor(event -> {
            if (event instanceof MonitorEvent.ActorFailed f) {
                Console.say("  monitor: %s failed: %s", f.path(), f.cause().getMessage());
            } else if (event instanceof MonitorEvent.ActorRestarted r) {
                Console.say("  monitor: %s restarted", r.path());
            }
        }).build();
        try (ActorSystem system = ActorSystem.create("files", config)) {
            FileServiceSupervisor service =
                    FileServiceSupervisor.start(system, "files", new FileService() {});
            for (Map.Entry<String, String> file : files) {
                FileProcessorHandle processor =
                        file.getKey().endsWith(".csv") ? service.csv() : service.json();
                processor.process(file.getKey(), file.getValue());
            }
            int csv = service.csv().records().toCompletableFuture().get(10, TimeUnit.SECONDS);
            int json = service.json().records().toCompletableFuture().get(10, TimeUnit.SECONDS);
            Console.say("records since the last restart: csv %d, json %d", csv, json);
            for (ChildInfo child : service.whichChildren().toCompletableFuture()
                    .get(10, TimeUnit.SECONDS)) {
                Console.say("  %s: %s, %d %s", child.id(), child.state(), child.restarts(),
                        child.restarts() == 1 ? "restart" : "restarts");
            }
        }
    }
}

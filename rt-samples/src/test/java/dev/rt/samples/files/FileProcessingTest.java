package dev.rt.samples.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rt.ActorSystem;
import dev.rt.supervision.ChildInfo;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One corrupt file restarts its processor only; every other file is processed. */
class FileProcessingTest {

    @Test
    void aBadFileDoesNotStopTheOthers() throws Exception {
        try (ActorSystem system = ActorSystem.create("files")) {
            FileServiceSupervisor service =
                    FileServiceSupervisor.start(system, "files", new FileService() {});
            service.csv().process("a.csv", "1\n2");
            service.json().process("a.json", "{}");
            service.csv().process("bad.csv", "\u0000");
            service.csv().process("b.csv", "3\n4\n5");
            service.json().process("b.json", "{}\n{}");
            assertEquals(3, service.csv().records().toCompletableFuture().get(30, TimeUnit.SECONDS),
                    "the records since the restart: b.csv only");
            assertEquals(3, service.json().records().toCompletableFuture().get(30, TimeUnit.SECONDS));
            List<Integer> restarts = service.whichChildren().toCompletableFuture()
                    .get(30, TimeUnit.SECONDS).stream().map(ChildInfo::restarts).toList();
            assertEquals(List.of(1, 0), restarts);
        }
    }
}

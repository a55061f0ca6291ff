import com.vecton.crm.adapter.out.persistence.DatabaseSettings;
import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.application.port.in.access.AuthorizeOnResourceUseCase;
import com.vecton.crm.application.port.out.Clock;
import com.vecton.crm.application.service.audit.AuditTrail;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.application.service.sla.SlaService;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.Visibility;
import java.util.Set;

/**
 * The breach job of bench/people.sh, run as the serving replicas run it (SlaService.detect) against
 * DATABASE_URL: {@code java -cp bootstrap/target/crm.jar bench/java/SlaBench.java RUNS}. Prints one
 * line per run: claimed, scanned, breaches, warnings, resolved, milliseconds.
 */
public final class SlaBench {
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        var settings = new DatabaseSettings(System.getenv("DATABASE_URL"), "postgres", "", 4);
        try (var persistence = Persistence.connect(settings)) {
            AuthorizeOnResourceUseCase nobody = new AuthorizeOnResourceUseCase() {
                @Override
                public void authorize(Requester who, ResourceName resource, ResourceAttributes attributes) {
                    throw new IllegalStateException("the breach job checks no caller");
                }

                @Override
                public Visibility visibility(Requester who, ResourceName resource, ResourceAttributes shared, Set<String> perItem) {
                    throw new IllegalStateException("the breach job checks no caller");
                }

                @Override
                public Visibility visibilityOfItems(Requester who, String type, ResourceAttributes shared, Set<String> perItem) {
                    throw new IllegalStateException("the breach job checks no caller");
                }
            };
            var kit = new UseCaseKit(persistence.transactions(), new AuditTrail(persistence.activityLog()), Clock.system(), nobody);
            var sla = new SlaService(
                    persistence.slaPolicies(), persistence.slaRecords(), persistence.leave().holidays(), persistence.tasks(), kit);
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                var run = sla.detect();
                long millis = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("run claimed=%s scanned=%d breaches=%d warnings=%d resolved=%d ms=%d%n",
                        run.claimed(), run.scanned(), run.breaches(), run.warnings(), run.resolved(), millis);
            }
        }
    }
}

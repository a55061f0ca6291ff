package com.vecton.crm.bootstrap;

import com.vecton.crm.application.port.in.deal.CreateDealUseCase;
import com.vecton.crm.application.port.in.deal.MoveDealUseCase;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.deal.Deal;
import com.vecton.crm.domain.deal.DealDetails;
import com.vecton.crm.domain.pipeline.Pipeline;
import com.vecton.crm.domain.pipeline.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The sample tenant's deals: a dozen on the default pipeline, created through the use cases and
 * then moved through its stages, so that every deal has a stage history (some won, one lost with
 * its reason) and the board and the forecast show something. Expected close dates count from the
 * day of the first run.
 */
final class SampleDeals {
    /** How many deals the sample tenant gets. */
    static final int DEALS = 12;

    /** One sample deal: how far along the stages it goes (an index of the pipeline's stages), and its numbers. */
    private record Spec(String title, String amount, int closeInDays, UserId owner, int stage, String lostReason) {}

    private static final List<Spec> SPECS = List.of(
            new Spec("Rahmenvertrag Logistik 2027", "48000.00", 45, SampleData.ADMIN, 3, null),
            new Spec("Lagerverwaltung Softwarelizenz", "12500.00", 20, SampleData.READER, 2, null),
            new Spec("Szoftverbevezetés Kft.", "8900.50", 60, SampleData.ADMIN, 1, null),
            new Spec("Wartungsvertrag Maschinenpark", "23000.00", 90, SampleData.READER, 0, null),
            new Spec("Borászati raktárrendszer", "5400.00", 30, SampleData.ADMIN, 2, null),
            new Spec("Mühle Modernisierung", "67000.00", 120, SampleData.ADMIN, 1, null),
            new Spec("Építőipari projektportál", "15750.00", 15, SampleData.READER, 3, null),
            new Spec("Bau-Rahmenvertrag Süd", "31000.00", -10, SampleData.ADMIN, 4, null),
            new Spec("Flottamenedzsment", "9900.00", -5, SampleData.READER, 4, null),
            new Spec("Weinkellerei Kühlung", "4200.00", -20, SampleData.ADMIN, 5, "Wettbewerber günstiger"),
            new Spec("Gépgyári karbantartás", "19800.00", 75, SampleData.ADMIN, 0, null),
            new Spec("Software Schulungspaket", "2500.00", 10, SampleData.READER, 1, null));

    private SampleDeals() {}

    /** Creates the sample deals on {@code pipeline}, with companies from {@code companies}; returns how many. */
    static int load(
            CreateDealUseCase create,
            MoveDealUseCase move,
            Pipeline pipeline,
            List<Company> companies,
            LocalDate today,
            Caller admin) {
        var stages = pipeline.stages().inOrder();
        int created = 0;
        for (Spec spec : SPECS) {
            var company = companies.get(created % companies.size());
            Deal deal = create.create(
                    SampleData.admin(admin, "deals.create"),
                    new DealDetails(
                            spec.title(),
                            company.id(),
                            Set.of(),
                            pipeline.id(),
                            null,
                            new BigDecimal(spec.amount()),
                            null,
                            null,
                            today.plusDays(spec.closeInDays()),
                            spec.owner(),
                            null));
            // Through the open stages one by one, then to where it ends: each move a row of its history.
            int last = Math.min(spec.stage(), firstClosed(stages) - 1);
            for (int i = 1; i <= last; i++) {
                deal = move.move(
                        SampleData.admin(admin, "deals.update"),
                        deal.id(),
                        stages.get(i).id(),
                        0,
                        null);
            }
            if (spec.stage() > last) {
                move.move(
                        SampleData.admin(admin, "deals.update"),
                        deal.id(),
                        stages.get(spec.stage()).id(),
                        0,
                        spec.lostReason());
            }
            created++;
        }
        return created;
    }

    /** The index of the first stage that is not open (the sample pipeline's open stages come first). */
    private static int firstClosed(List<Stage> stages) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).details().kind() != com.vecton.crm.domain.pipeline.StageKind.OPEN) {
                return i;
            }
        }
        return stages.size();
    }
}

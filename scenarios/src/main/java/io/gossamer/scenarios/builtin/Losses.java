package io.gossamer.scenarios.builtin;

import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Provider;
import io.gossamer.scenarios.spi.ProviderSet;
import io.gossamer.scenarios.spi.Providers;
import io.gossamer.sim.net.LossModel;
import io.gossamer.sim.net.model.BernoulliLoss;
import io.gossamer.sim.net.model.GilbertElliottLoss;
import java.util.List;

/** The loss models a scenario can name ({@code network.loss.model}). */
public final class Losses implements ProviderSet {
    @Override
    public List<Provider> providers() {
        return List.of(
                Providers.loss("none", "no message is lost", (p, s) -> LossModel.NONE),
                Providers.loss("bernoulli", "each message is lost independently with the given probability",
                        (p, s) -> new BernoulliLoss(p.fraction("rate")),
                        Param.required("rate", Kind.FRACTION, "probability that a message is lost")),
                Providers.loss("gilbert-elliott", "bursty losses: each sender's link switches between a good and a bad state",
                        (p, s) -> new GilbertElliottLoss(p.fraction("good-to-bad"), p.fraction("bad-to-good"),
                                p.fraction("loss-good"), p.fraction("loss-bad")),
                        Param.required("good-to-bad", Kind.FRACTION, "per message, chance the link turns bad"),
                        Param.required("bad-to-good", Kind.FRACTION, "per message, chance the link recovers"),
                        Param.optional("loss-good", Kind.FRACTION, "0%", "loss probability in the good state"),
                        Param.optional("loss-bad", Kind.FRACTION, "100%", "loss probability in the bad state")));
    }
}

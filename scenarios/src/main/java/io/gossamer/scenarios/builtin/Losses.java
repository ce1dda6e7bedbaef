package io.gossamer.scenarios.builtin;

import io.gossamer.scenarios.spi.BaseProvider;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.LossProvider;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.sim.net.LossModel;
import io.gossamer.sim.net.model.BernoulliLoss;
import io.gossamer.sim.net.model.GilbertElliottLoss;
import io.gossamer.sim.random.RandomStreams;

/** The loss models a scenario can name ({@code network.loss.model}). */
public final class Losses {
    private Losses() {
    }

    /** Nothing is lost. */
    public static final class None extends BaseProvider implements LossProvider {
        /** Registered with ServiceLoader. */
        public None() {
            super("none", "no message is lost");
        }

        @Override
        public LossModel create(Params params, RandomStreams streams) {
            return LossModel.NONE;
        }
    }

    /** Independent losses. */
    public static final class Bernoulli extends BaseProvider implements LossProvider {
        /** Registered with ServiceLoader. */
        public Bernoulli() {
            super("bernoulli", "each message is lost independently with the given probability",
                    Param.required("rate", Kind.FRACTION, "probability that a message is lost"));
        }

        @Override
        public LossModel create(Params params, RandomStreams streams) {
            return new BernoulliLoss(params.fraction("rate"));
        }
    }

    /** Bursty losses. */
    public static final class GilbertElliott extends BaseProvider implements LossProvider {
        /** Registered with ServiceLoader. */
        public GilbertElliott() {
            super("gilbert-elliott", "bursty losses: each sender's link switches between a good and a bad state",
                    Param.required("good-to-bad", Kind.FRACTION, "per message, chance the link turns bad"),
                    Param.required("bad-to-good", Kind.FRACTION, "per message, chance the link recovers"),
                    Param.optional("loss-good", Kind.FRACTION, "0%", "loss probability in the good state"),
                    Param.optional("loss-bad", Kind.FRACTION, "100%", "loss probability in the bad state"));
        }

        @Override
        public LossModel create(Params p, RandomStreams streams) {
            return new GilbertElliottLoss(p.fraction("good-to-bad"), p.fraction("bad-to-good"), p.fraction("loss-good"),
                    p.fraction("loss-bad"));
        }
    }
}

package io.gossamer.scenarios.builtin;

import io.gossamer.protocols.gossip.InfectAndDie;
import io.gossamer.protocols.gossip.PushGossip;
import io.gossamer.protocols.gossip.PushPullGossip;
import io.gossamer.protocols.gossip.RandomWalkGossip;
import io.gossamer.scenarios.spi.DisseminationProvider;
import io.gossamer.scenarios.spi.NodeStack;
import io.gossamer.scenarios.spi.Parameters;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.Provider;
import io.gossamer.scenarios.spi.ProviderSet;
import io.gossamer.scenarios.spi.RunKey;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.metrics.GossipRounds;
import java.util.List;

/**
 * The gossip protocols that draw their peers at random ({@code io.gossamer.protocols.gossip}):
 * random-walk, push, push-pull and infect-and-die, over any neighbour source.
 */
public final class GossipProtocols implements ProviderSet {
    /** The run's gossip rounds: push and push-pull add their classes' settings. */
    static final RunKey<GossipRounds> ROUNDS = RunKey.of("gossip rounds", run -> new GossipRounds());

    @Override
    public List<Provider> providers() {
        return List.of(
                new DisseminationProvider<>("random-walk", "random-walk gossip: forward each new message once to f neighbours"
                        + " drawn at random", RandomWalkGossip.class, RandomWalkGossip.Config.class,
                        (self, neighbours, config, run) -> new RandomWalkGossip.Init(self, neighbours, config, run.headerBytes())) {
                },
                new DisseminationProvider<>("infect-and-die", "infect-and-die gossip: on first receipt send a message once to f"
                        + " neighbours drawn at random, never again", InfectAndDie.class, InfectAndDie.Config.class,
                        (self, neighbours, config, run) -> new InfectAndDie.Init(self, neighbours, config, run.headerBytes())) {
                },
                new DisseminationProvider<>("push", "push gossip in rounds: every round each informed node pushes what it holds"
                        + " to f random neighbours", PushGossip.class, PushGossip.Config.class,
                        (self, neighbours, config, run) -> new PushGossip.Init(self, neighbours, config, run.headerBytes())) {
                    @Override
                    public NodeStack create(Params params, RunSetup setup) {
                        PushGossip.Config c = Parameters.bind(PushGossip.Config.class, params);
                        setup.shared(ROUNDS).add(c.period(), c.phase().equals("random"));
                        return super.create(params, setup);
                    }
                },
                new DisseminationProvider<>("push-pull", "push-pull gossip in rounds: every node sends f random neighbours what"
                        + " it holds, they answer with what it lacks", PushPullGossip.class, PushPullGossip.Config.class,
                        (self, neighbours, config, run) -> new PushPullGossip.Init(self, neighbours, config, run.headerBytes())) {
                    @Override
                    public NodeStack create(Params params, RunSetup setup) {
                        PushPullGossip.Config c = Parameters.bind(PushPullGossip.Config.class, params);
                        setup.shared(ROUNDS).add(c.period(), c.phase().equals("random"));
                        return super.create(params, setup);
                    }
                });
    }
}

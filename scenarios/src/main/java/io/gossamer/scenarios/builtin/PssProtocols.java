package io.gossamer.scenarios.builtin;

import io.gossamer.protocols.pss.PeerSampling;
import io.gossamer.scenarios.spi.BaseProvider;
import io.gossamer.scenarios.spi.NodeStack;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.ProtocolProvider;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.Init;
import io.gossamer.sim.core.PortType;
import io.gossamer.sim.net.Address;
import java.util.List;
import java.util.function.Function;

/** The peer sampling services as the protocol of a node class ({@code protocol: cyclon}). */
public final class PssProtocols {
    private PssProtocols() {
    }

    /** A node class that runs one service alone. */
    private abstract static class ServiceProtocol extends BaseProvider implements ProtocolProvider {
        private final PssServices.Service<?, ?> service;

        ServiceProtocol(PssServices.Service<?, ?> service) {
            super(service.name(), service.description(), service.parameters());
            this.service = service;
        }

        @Override
        public List<Class<? extends PortType>> provides() {
            return List.of(PeerSampling.class);
        }

        @Override
        public NodeStack create(Params params, RunSetup setup) {
            return stack(service, params, setup);
        }

        private static <S extends ComponentDefinition> NodeStack stack(PssServices.Service<S, ?> service, Params params,
                RunSetup setup) {
            Function<Address, Init<S>> nodes = service.nodes(params, setup);
            return (address, link) -> setup.host().start(address, link, service.type(), nodes.apply(address));
        }
    }

    /** Cyclon. */
    public static final class CyclonProtocol extends ServiceProtocol {
        /** Registered with ServiceLoader. */
        public CyclonProtocol() {
            super(PssServices.CYCLON);
        }
    }

    /** Croupier. */
    public static final class CroupierProtocol extends ServiceProtocol {
        /** Registered with ServiceLoader. */
        public CroupierProtocol() {
            super(PssServices.CROUPIER);
        }
    }

    /** WPSS. */
    public static final class WpssProtocol extends ServiceProtocol {
        /** Registered with ServiceLoader. */
        public WpssProtocol() {
            super(PssServices.WPSS);
        }
    }
}

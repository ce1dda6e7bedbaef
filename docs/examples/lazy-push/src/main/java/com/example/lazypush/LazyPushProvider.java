package com.example.lazypush;

import io.gossamer.scenarios.spi.DisseminationProvider;

/** Makes lazy push available to scenario files as {@code protocol: lazy-push}. */
public final class LazyPushProvider extends DisseminationProvider<LazyPush, LazyPush.Config> {
    /** Found by java.util.ServiceLoader (see META-INF/services). */
    public LazyPushProvider() {
        super("lazy-push", "lazy push: announce each new message with IHAVE, send the payload to who answers IWANT",
                LazyPush.class, LazyPush.Config.class,
                (self, neighbours, config, run) -> new LazyPush.Init(self, neighbours, config, run.headerBytes()));
    }
}

package io.gossamer.sim.core;

/**
 * The initial value handed to a component's constructor by
 * {@link ComponentDefinition#create(Class, Init)}. Components with parameters declare a
 * constructor taking their own {@code Init} type (usually a record); components without take
 * none and are created with {@link #NONE}.
 *
 * @param <C> the component type this value initializes
 */
public interface Init<C extends ComponentDefinition> {

    /** The init value for components whose constructor takes no argument. */
    @SuppressWarnings("rawtypes")
    Init NONE = new Init() {
        @Override
        public String toString() {
            return "Init.NONE";
        }
    };

    /** {@link #NONE}, typed. */
    @SuppressWarnings("unchecked")
    static <C extends ComponentDefinition> Init<C> none() {
        return NONE;
    }
}

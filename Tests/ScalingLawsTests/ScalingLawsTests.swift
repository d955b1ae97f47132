// Tests of the ScalingLaws module; one behaviour per test, named for it.

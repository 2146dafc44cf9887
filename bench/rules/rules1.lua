-- rules1.lua -- the benchmark's baseline: one feature rule, so the cost measured is the pipeline's.
bias = 0.5
rule{ name = "ANONYMOUS_SOURCE", feature = "anonymous_source", weight = -0.45, cap = 6, group = "sourcing" }

// TestSupport: helpers shared by the test targets (naive references, gradient checks).

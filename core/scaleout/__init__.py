"""Scale-out on NATS JetStream: partitioning by signal group, workers, the publishing bridge."""

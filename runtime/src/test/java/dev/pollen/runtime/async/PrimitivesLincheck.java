package dev.pollen.runtime.async;

/** A context to poll runtime futures with outside an executor, for the Lincheck tests. */
final class PrimitivesLincheck {
    private PrimitivesLincheck() {}

    /** A context whose task nobody runs: its wakes only mark it scheduled. */
    static Context context() {
        return new Task(1, "lincheck", new PendingFuture(), new IdleScheduler()).context();
    }

    /** A scheduler that queues nothing: woken tasks are polled by the test itself. */
    static class IdleScheduler implements Scheduler {
        @Override
        public Executor executor() {
            return null;
        }

        @Override
        public void schedule(Task task) {}

        @Override
        public void finished(Task task) {}

        @Override
        public Task currentTask() {
            return null;
        }

        @Override
        public boolean onOwnThread() {
            return true;
        }

        @Override
        public TraceListener tracer() {
            return null;
        }

        @Override
        public long nowNanos() {
            return 0;
        }

        @Override
        public void sourceClosed() {}
    }
}

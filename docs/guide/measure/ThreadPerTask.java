import java.util.concurrent.CountDownLatch;

/** Chapter 8's comparison: N platform threads, each blocked on a latch that never opens. */
public class ThreadPerTask {
    public static void main(String[] args) throws InterruptedException {
        int n = Integer.parseInt(args[0]);
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            Thread t = new Thread(() -> {
                started.countDown();
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            t.setDaemon(true);
            t.start();
        }
        started.await();
        System.out.println(n + " threads are waiting");
    }
}

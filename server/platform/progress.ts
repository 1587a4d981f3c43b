import cliProgress from "cli-progress";

/** A progress bar on stderr (plain lines when stderr is not a terminal) showing done/total, rate and time left. */
export function progressBar(label: string) {
  const tty = Boolean(process.stderr.isTTY);
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} {unit} | {rate}/s | ETA {eta_formatted}`,
      stream: process.stderr,
      noTTYOutput: !tty,
      notTTYSchedule: 5000,
      hideCursor: tty,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let begun = false;
  return {
    update(done: number, total: number, unit = "rows") {
      if (!begun) {
        bar.start(total, 0, { rate: "0", unit });
        begun = true;
      }
      bar.setTotal(total);
      const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
      bar.update(done, { rate: rate.toFixed(0), unit });
    },
    stop() {
      if (begun) bar.stop();
    },
  };
}

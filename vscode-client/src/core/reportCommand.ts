// The command line that asks the CLI for the HTML review report of one draft. Pure, for tests.
import { ServerLaunch } from './serverPath';

/** The same program as the server (or `dotnet sourcelint.dll`), with `check --format html`. */
export function reportCommand(launch: ServerLaunch, draftPath: string, outputPath: string): { command: string; args: string[] } {
  const programArgs = launch.command === 'dotnet' ? launch.args.slice(0, 1) : [];
  return {
    command: launch.command,
    args: [...programArgs, 'check', '--format', 'html', '--output', outputPath, draftPath],
  };
}

/** `sourcelint check` exits 1 when it found something: that is a report, not a failure. */
export function isReportExit(code: number | null): boolean {
  return code === 0 || code === 1;
}

/** The report is static HTML: allow its inline styles and data images, nothing else (no scripts). */
export function withContentSecurityPolicy(html: string): string {
  const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;">`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, match => `${match}${csp}`) : `${csp}${html}`;
}

import http from "node:http";
import { devMailProductionWarning, EnvError, env, installPeerAddressHeader, logger } from "@zorgzaam/core";

/**
 * Start-up of a web process: the configuration is validated now (an invalid one stops the process with the sentence
 * that names the variable, like the worker), the connection's address is recorded on every request for
 * requestClientIp, and a production build that captures mail says so loudly.
 */
export function startWebProcess(): void {
  installPeerAddressHeader(http);
  let config: ReturnType<typeof env>;
  try {
    config = env();
  } catch (err) {
    if (err instanceof EnvError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const warning = devMailProductionWarning(config);
  if (warning) logger.warn({ DEV_MAIL_IN_PRODUCTION: true }, warning);
}

import { stopSmtpSink } from './smtp-sink';
import { e2eStack } from './stack';

export default async function globalTeardown(): Promise<void> {
  await e2eStack().stopAll();
  stopSmtpSink();
}

import { e2eStack } from './stack';

export default async function globalTeardown(): Promise<void> {
  await e2eStack().stopAll();
}

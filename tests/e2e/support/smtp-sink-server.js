// Runs as its own process during the end-to-end tests: accepts every message and writes
// it, raw, to the folder given, where the tests read it back.
const fs = require('node:fs');
const path = require('node:path');
const { SMTPServer } = require('smtp-server');

const [port, folder] = process.argv.slice(2);
let count = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => {
      count += 1;
      fs.writeFileSync(path.join(folder, `${Date.now()}-${count}.eml`), Buffer.concat(chunks));
      callback();
    });
  },
});
server.listen(Number(port), '127.0.0.1', () => fs.writeFileSync(path.join(folder, '.ready'), ''));
process.on('SIGTERM', () => server.close(() => process.exit(0)));

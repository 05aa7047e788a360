import PasseurKit
for p in CommandLine.arguments.dropFirst() {
  do { let f = try POReader.read(path: p); let out = POWriter.write(f); try TextFile.writeAtomically(out, to: "/tmp/rt/" + String(p.split(separator: "/").last!))
  print(p, f.entries.count) } catch { print(p, error) }
}

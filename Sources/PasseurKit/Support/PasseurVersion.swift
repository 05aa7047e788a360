/// The toolkit's version, as `passeur --version` prints it and manifests record it.
public enum PasseurVersion {
    /// The version of this build.
    public static let current = "0.1.0"
}

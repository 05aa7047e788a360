import PasseurKit

import CICU

/// Text transformations from ICU: case folding and NFC normalisation.
enum ICUText {
    /// Full Unicode case folding (`u_strFoldCase`): « ÉTÉ » and « été » fold alike.
    static func foldCase(_ text: String) -> String {
        transform(text, passeur_fold_case)
    }

    /// Unicode Normalization Form C.
    static func nfc(_ text: String) -> String {
        transform(text, passeur_normalize_nfc)
    }

    private static func transform(
        _ text: String,
        _ function: (UnsafePointer<UInt16>?, Int32, UnsafeMutablePointer<UInt16>?, Int32, UnsafeMutablePointer<Int32>?)
            -> Int32
    ) -> String {
        let input = text.utf16CodeUnits
        var capacity = input.count + 16
        while true {
            var need: Int32 = 0
            var output = [UInt16](repeating: 0, count: capacity)
            let n = input.withUnsafeBufferPointer { i in
                output.withUnsafeMutableBufferPointer { o in
                    function(i.baseAddress, Int32(i.count), o.baseAddress, Int32(capacity), &need)
                }
            }
            if n >= 0 { return String(decoding: output[0..<Int(n)], as: UTF16.self) }
            if Int(need) <= capacity { return text }
            capacity = Int(need)
        }
    }
}

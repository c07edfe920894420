/// Receives the events of one XML document from `XMLPushParser`.
///
/// Element names reach the handler as small integer codes: the parser asks for a code once per
/// distinct (namespace, local name) pair and caches it, so that the per-element cost is a
/// table lookup rather than string comparisons.
protocol XMLEventHandler: AnyObject {
    /// The code for an element name, asked once per distinct name and namespace in a document.
    func elementCode(namespace: String?, localName: String, prefix: String?) -> Int
    /// An element opened.
    func startElement(_ code: Int, attributes: XMLAttributes)
    /// An element closed. libxml2 balances every start with an end, even in broken documents.
    func endElement(_ code: Int)
    /// Character data (text or CDATA), as UTF-8 bytes valid only during the call.
    func characters(_ bytes: UnsafeRawBufferPointer)
}

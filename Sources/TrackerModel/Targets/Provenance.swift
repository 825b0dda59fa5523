/// Where a target came from: the document, the attachment, the seed file and line, and the
/// verbatim cell or phrase. Every target has one, so every verdict can be traced to its clause.
///
/// ```swift
/// target.provenance.citation   // "西政办发〔2025〕4号 附件1 000_ca42086f4126cb0d.txt:1554"
/// ```
public struct Provenance: Hashable, Sendable {
    public var document: String
    public var title: String
    public var attachment: String?
    /// The seed: the plain-text extraction of the plan document the target was transcribed from, by file name (docs/targets.md).
    public var seedFile: String
    public var seedLine: Int
    /// The verbatim cell or phrase, e.g. `德胜街道 · PM2.5年均浓度（微克/立方米） · 31`.
    public var text: String
    /// The task row it belongs to (序号 and 重点任务), for running-text targets.
    public var task: String?
    /// Where the target file states it (for error messages and `targets list`).
    public var definedAt: SourceLocation

    public init(document: String, title: String, attachment: String?, seedFile: String, seedLine: Int,
                text: String, task: String? = nil, definedAt: SourceLocation) {
        self.document = document; self.title = title; self.attachment = attachment
        self.seedFile = seedFile; self.seedLine = seedLine; self.text = text; self.task = task
        self.definedAt = definedAt
    }

    public var citation: String {
        [document, attachment ?? "", "\(seedFile):\(seedLine)"].filter { !$0.isEmpty }.joined(separator: " ")
    }
}

import TrackerEvaluation

/// The words of a plan diff: what happened to a target, and why a verdict flipped. English uses
/// the JSON names (`tightened`, `definition_changed`, `target_changed`), as before; Chinese the
/// words of docs/glossary.md. JSON always keeps the names.
///
/// ```swift
/// DiffWording.kind(.tightened, in: .zh)                    // "收紧"
/// DiffWording.causes([.targetChanged, .dataChanged], in: .zh)   // "目标变化、数据变化"
/// ```
public enum DiffWording {
    public static func kind(_ kind: TargetChange.Kind, in language: Language) -> String {
        guard language == .zh else { return kind.rawValue }
        switch kind {
        case .added: return "新增"
        case .removed: return "删除"
        case .tightened: return "收紧"
        case .loosened: return "放宽"
        case .unchanged: return "未变"
        case .definitionChanged: return "口径变化"
        }
    }

    public static func cause(_ cause: VerdictFlip.Cause, in language: Language) -> String {
        guard language == .zh else { return cause.rawValue }
        switch cause {
        case .targetChanged: return "目标变化"
        case .standardChanged: return "标准变化"
        case .validityRuleChanged: return "有效性规则变化"
        case .dataChanged: return "数据变化"
        case .newMonthOfData: return "新一个月的数据"
        }
    }

    /// The causes of a flip, joined.
    public static func causes(_ causes: [VerdictFlip.Cause], in language: Language) -> String {
        causes.map { cause($0, in: language) }.joined(separator: language == .zh ? "、" : ", ")
    }
}

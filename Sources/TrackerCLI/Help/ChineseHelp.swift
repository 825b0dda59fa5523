import Foundation
import TrackerKit

// The Chinese help of every command, beside the English one in each command's file. The terms
// are those of docs/glossary.md; option names, file names and plan ids stay as they are typed.

extension Tracker {
    static let helpZh = """
    tracker —— 环境政策目标评估工具（北京市及各区）。

    用法：tracker <命令> [选项]

    不带命令时：用随附的样例数据生成西城区 2025 年评估结果。

    命令：
    \(commands.map { "  " + $0.name.padding(toLength: 17, withPad: " ", startingAt: 0) + $0.summaryZh }.joined(separator: "\n"))

    各命令的选项和示例见 `tracker <命令> --help`；版本和随附的目标文件见 `tracker --version`
    （用 `--targets FOLDER` 或环境变量 TRACKER_TARGETS 指定其他目标文件）。

    各命令通用的选项：
    \(HelpText.commonOptions(.zh))

    退出码：0 完成；1 满足 --fail-on 条件；2 用法错误；65 输入文件有问题。
    """
}

extension ScorecardOptions {
    static let helpZh = """
      --targets P …     目标文件或目录（其所援引的上级计划也可一并载入）
      --data FILE …     监测数据文件：CSV（长表或宽表；UTF-8、带 BOM 的 UTF-8 或 GB18030）
                        或 Excel 工作簿（.xlsx）；见 docs/measurements.md
      --hourly FILE …   小时站点数据文件，代替（或补充）月度数据，须同时给出 --stations
      --stations FILE   站点列表（`station,name_zh,street,district`），用于 --hourly
      --standard S      --hourly：auto（按每天适用的 AQI 标准）、2012 或 2026
      --exclude FILE    --hourly：不计入统计的沙尘日期（`date,reason`）
      --include-traffic, --include-background
                        --hourly：交通污染监控点或对照点及区域点也计入所在区和全市
                        （默认只用评价点）
      --plan ID         载入多个计划时指定其一（如 xicheng-2025）
      --year YYYY       用另一年的数据评估该计划的目标（计划移至该年；多年期不变），
                        如用 2016 年实测数据对照 2025 年目标
      --as-of YYYY-MM   截至该月（默认：数据中最近的月份；晚于计划期则为最终结果）
      --scope NAME      只评估该范围及其下级（西城区、德胜街道 …）
      --indicator I …   只看这些指标：代码、中文名称或别名（PM2.5年均浓度、降尘量 …）
      --verdict V …     只看这些判定：\(Verdict.allCases.map { "`\($0.rawValue)`" }.joined(separator: "、"))
      --level L         只看某一级范围：`district`（区级）或 `street`（街道）；北京市计划另有 `city`（市级）
      --all             也列出完全没有数据的目标（表格和报告默认不列，只用一行说明；
                        CSV、JSON 和工作簿总是包含全部）
      --sheet S         要读取的工作表，按名称或从 1 起的序号（默认：第一个表头符合格式的工作表，
                        如“说明”等封面工作表会被跳过）
      --header-row N    表头在第 N 行（工作表：第 N 行）；默认：前 20 行中第一个像表头的行
                        （标题、单位和空行会被跳过）
      --compare C       `published`（默认）：以发布值比较（按指标的发布精度只修约一次，四舍六入五成双：
                        PM2.5 2023 年及以前取整数，2024 年起保留 1 位小数）；`full`：以全数值比较
                        （GB/T 8170 全数值比较法）。两种比较结论不同的行标为“口径敏感”，并列出两个结论
      --lenient         跳过有问题的行和单元格（逐个列出），而不是停止
      --encoding E      指定数据文件编码（默认：自动识别 UTF-8，否则 GB18030）
    """
}

extension EvaluateCommand {
    static let helpZh = """
    用法：tracker evaluate --targets FILE|DIR … --data FILE … [--plan ID] [--as-of YYYY-MM]
                           [--scope NAME] [--format \(ScorecardFormat.helpList)] [--output FILE]
                           [--fail-on \(FailOn.helpList)] [--expect FILE [--update-expected]] [--record DIR] [--ledger DIR] …
          tracker evaluate --targets … --hourly FILE … --stations FILE [--standard \(StandardOption.helpList)] …

    用监测数据对照计划目标，输出评估结果：按区和街道列出每项目标的实测值、差距、判定、
    余下时段须达到的水平、有效天数和目标出处；街道排名；概况。计划期结束前的判定为暂定
    （进度正常、有风险、严重滞后），已锁定的除外。
    判定规则见 docs/evaluation.md；监测数据文件见 docs/measurements.md。

    选项：
    \(ScorecardOptions.helpZh)
      --format F        table（默认，终端表格）、csv、json（稳定接口：docs/evaluation.md）、markdown、
                        html（即 `tracker report` 的独立网页报告）或 xlsx（Excel 工作簿：概况工作表
                        和每个范围级别一个工作表；须给出 --output；docs/excel.md）
      --output FILE     写入该文件（原子写入），不输出到屏幕；不能是输入文件
      --output-encoding E  以 --output 写出的 CSV：utf-8-bom（默认，Excel 可正确显示中文）、
                        utf-8（无 BOM）或 gb18030；屏幕输出总是无 BOM 的 UTF-8
      --fail-on V       有目标未达标（missed），或未达标、严重滞后、有风险（at_risk）时退出码为 1
      --expect FILE     与保存的评估结果（--format json）比较；不同则退出码为 1 并列出变化
      --update-expected 与 --expect 同用：用本次结果重写 FILE（请先核对变化）
      --record DIR      把评估结果记入台账目录 DIR：DIR/<计划>/<YYYY-MM>.json（截至月份），附输入文件和
                        目标文件的摘要；同一月份以不同输入再次记录时成为新的修订版（tracker history、
                        tracker changes；docs/ledger.md）
      --ledger DIR      数据中没有去年同期时，从台账目录 DIR 读取：各行的同比和以同比表述的目标
                        （同比减少10%）采用截至月份前一年记录的数值（先找同一计划，再找范围和指标
                        相同的任一计划）；--format html 的趋势图另画台账中记录的各月数值；通常
                        与 --record 用同一目录（docs/ledger.md）
      --wide            表格列出全部列，不论终端多宽（默认按终端宽度或 `COLUMNS` 排版：次要列移到
                        每行下方的一行）
    \(HelpText.commonOptions(.zh))

    示例：
      tracker evaluate --targets Targets --plan xicheng-2025 --data Samples/xicheng-2025-synthetic.csv
      tracker evaluate --targets Targets --plan xicheng-2025 --data Samples/xicheng-2025-synthetic.csv --as-of 2025-06 --scope 德胜街道
      tracker evaluate --targets Targets --plan xicheng-2025 --data Samples/xicheng-2025-synthetic.csv --indicator PM2.5年均浓度 --verdict missed --level street
      tracker evaluate --targets Targets --plan xicheng-2025 --data Samples/xicheng-2025-synthetic.csv --format json --output card.json --fail-on missed
      tracker evaluate --targets Targets --plan xicheng-2025 --data Tests/Fixtures/workbooks/dates-cover-sheet.xlsx --format xlsx --output scorecard.xlsx
      tracker evaluate --targets Targets --plan xicheng-2025 --year 2016 --scope 西城区 \\
          --hourly ../shared/data/beijing-multisite/PRSA_Data_*.csv --stations Samples/beijing-multisite-stations.csv

    退出码：0 已评估；1 满足 --fail-on 或与 --expect 不同；2 用法错误；65 输入文件有问题。
    """
}

extension ReportCommand {
    static let helpZh = """
    用法：tracker report --targets FILE|DIR … --data FILE … [--plan ID] [--as-of YYYY-MM]
                         [--scope NAME] [--ledger DIR] [--output FILE] …

    把评估结果写成一个独立的 HTML 文件（样式和图表内嵌；无脚本、字体或图片需要下载，
    作为邮件附件也能离线打开）：概况和年初至今的进度；区级每项指标的月度趋势图（目标线、
    年初至今值、余下时段须达到的均值、季节性预测）；街道指标的排名图（标出各街道自己的
    目标）；按公布口径的排名表（各区按浓度和同比排名、本区各街道的区级倒排名，截至月份及
    1 月至该月累计）；每项目标的判定、有效性和出处原文。以中文显示，可切换英文；可按 A4
    打印。同样的输入总是生成相同的文件。与 `tracker evaluate … --format html` 相同。

    选项：
    \(ScorecardOptions.helpZh)
      --ledger DIR      台账目录（`tracker evaluate … --record DIR` 写入）：趋势图另画台账中
                        记录的各月数值和上年同期的曲线；数据中没有去年同期时，各行的同比也取自
                        台账（同 evaluate --ledger）
      --output FILE     写入该文件（原子写入；不能是输入文件）；`-` 表示输出到屏幕。
                        不给出时：写入当前目录下的 report-<计划>-<截至月份>.html
    \(HelpText.commonOptions(.zh))

    示例：
      tracker report --targets Targets --plan xicheng-2025 --data Samples/xicheng-2025-synthetic.csv     # → report-xicheng-2025-2025-12.html
      tracker report --targets Targets --plan xicheng-2025 --data Samples/xicheng-2025-synthetic.csv --as-of 2025-06 --output report-2025-06.html
      tracker report --targets Targets --plan beijing-2026 --data Samples/beijing-2026-synthetic.csv --output beijing.html
      tracker report --targets Targets --plan xicheng-2025 --data 六月.csv --ledger 台账 --output report-2025-06.html

    退出码：0 已写出；2 用法错误；65 输入文件或台账有问题；73 无法写出输出文件。
    """
}

extension DiffCommand {
    static let helpZh = """
    用法：tracker diff OLD NEW [--old-plan ID] [--new-plan ID] [--data FILE …] [--old-data FILE …]
                     [--hourly FILE … --stations FILE [--old-standard S] [--new-standard S]]
                     [--as-of YYYY-MM] [--scope NAME] [--indicator I …] [--format \(DiffFormat.helpList)]
                     [--output FILE] [--all] [--wide]

    逐范围、逐指标比较两个计划（目标文件或目录）的目标：新增、删除、收紧、放宽、未变或
    口径变化（指标本身变了，如重污染天数 2023 年按天数比例、2025 年按天数计）。每行注明
    两侧的出处。

    给出 --data 时，两个计划用同一批监测数据评估（原计划的目标移至新计划的年份），列出
    每个翻转的判定及其原因：目标变化、标准变化、有效性规则变化或数据变化（给出 --old-data
    时，原计划一侧读另一批文件）。规则见 docs/regression.md。

    选项：
      --old-plan ID, --new-plan ID   一侧有多个计划时，指定该侧的计划
      --data FILE …                   两侧共用的监测数据
      --old-data FILE …               原计划一侧另用的监测数据
      --header-row N                  数据文件的表头在第 N 行（默认：前 20 行中第一个像表头的行）
      --hourly FILE …, --stations FILE 两侧共用的小时站点数据，各侧分别汇总
      --old-standard S, --new-standard S  auto、2012 或 2026（默认 auto）：同一批小时数据分别按
                                      HJ 633—2012 和 —2026 计算，看新 AQI 标准带来的变化
      --as-of YYYY-MM                 截至该月评估
      --scope NAME                    只比较该范围及其下级（西城区、德胜街道 …）
      --indicator I …                 只比较这些指标：代码、中文名称或别名
      --format F                      table（默认）、json（稳定接口：docs/regression.md）、markdown、
                                      csv 或 xlsx（每项变化一行，按变化类型分组；给出 --data 时
                                      同行列出判定；xlsx 须给出 --output）
      --output FILE                   写入该文件（原子写入），不输出到屏幕
      --all                           table：也列出未变的目标
      --wide                          table：列出全部列，不论终端多宽
    \(HelpText.commonOptions(.zh, width: 34))

    示例：
      tracker diff Targets/xicheng-2023.targets Targets/xicheng-2025.targets
      tracker diff Targets/xicheng-2023.targets Targets/xicheng-2025.targets --data Samples/xicheng-2025-synthetic.csv
      tracker diff Targets Targets --old-plan xicheng-2023 --new-plan xicheng-2025 --indicator 降尘量 --format json
      tracker diff Targets/xicheng-2023.targets Targets/xicheng-2025.targets --data Samples/xicheng-2025-synthetic.csv \\
          --format xlsx --output diff.xlsx
      # 同一批小时数据分别按 2012 年和 2026 年 AQI 标准（真实数据在本仓库旁的 ../shared）：
      tracker diff Targets/xicheng-2025.targets Targets/xicheng-2025.targets --old-standard 2012 --new-standard 2026 \\
          --hourly ../shared/data/beijing-multisite/PRSA_Data_Guanyuan_20130301-20170228.csv \\
          --stations Samples/beijing-multisite-stations.csv
    """
}

extension TargetsCommand {
    static let helpZh = """
    用法：tracker targets list  [FILES|DIRS …] [--plan ID] [--scope NAME] [--format \(TargetListFormat.helpList)]
          tracker targets check [FILES|DIRS …] [--strict] [--verbose]

    `list` 列出目标文件（默认：Targets 目录）中的每项目标。`check` 解析并检查目标文件：
    未知名称、重复、单位不符、街道目标比所属区宽松、上级目标未载入的待上级目标。每个问题
    按 FILE:LINE:COLUMN 列出；有错误时退出码为 65（加 --strict 时警告也算）。

    选项：
      --plan ID        只列该计划的目标（如 xicheng-2025）
      --scope NAME     只列该范围及其下级（如 西城区、德胜街道）
      --format F       table（默认）、csv 或 json（稳定接口：docs/targets.md）
      --wide           table：列出全部列，不论终端多宽
      --strict         check：警告也算问题
      --verbose        check：也列出提示（对“各街道”目标的覆盖）
    \(HelpText.commonOptions(.zh, width: 17))

    示例：
      tracker targets list Targets/xicheng-2025.targets --scope 德胜街道
      tracker targets list Targets --format json > targets.json
      tracker targets check Targets
    """
}

extension IndicatorsCommand {
    static let helpZh = """
    用法：tracker indicators [DIR] [--format \(IndicatorFormat.helpList)]

    列出 DIR（默认：Targets）中的指标目录：每项指标的代码、中文名称、单位、方向、类型和
    报告精度（小数位）。

    选项：
      --format F       table（默认）或 json
    \(HelpText.commonOptions(.zh, width: 17))

    示例：
      tracker indicators
      tracker indicators --format json
    """
}

extension AggregateCommand {
    static let helpZh = """
    用法：tracker aggregate --stations FILE HOURLY… [--standard \(StandardOption.helpList)] [--exclude FILE]
                            [--from YYYY-MM] [--to YYYY-MM] [--output FILE] [--daily FILE]
                            [--include-stations] [--include-traffic] [--include-background]
                            [--unit POLLUTANT=UNIT] [--timezone 时区] [--targets DIR] [--workers N] [--verbose]

    读取各站点的小时浓度，按 `tracker evaluate` 可读的长表格式写出月度统计
    （`period,scope,indicator,value,valid_days,unit,flag,note`）：pm25_annual_mean（PM2.5 日均值的
    月均值，valid_days 为有有效日均值的天数）、good_day_ratio、heavy_pollution_days 和
    heavy_pollution_day_ratio（valid_days 为 AQI 有效天数），覆盖站点列表中的每个街道和区。
    计算规则：日均值须有 20 个有效小时（O3 按 8 小时滑动），区域值为区域内各站点的均值
    （HJ 663；至少一半站点有效），街道或区的 AQI 由其自身浓度计算。

    HOURLY 文件为 UCI 北京多站点格式、`station,time,PM2.5,PM10,SO2,NO2,CO(mg/m³),O3`
    （当地时间，ISO 格式；CO 须注明单位，在表头中或用 --unit），或全国城市空气质量发布平台的
    逐日文件（beijing_all_YYYYMMDD.csv、beijing_extra_…、china_sites_…：`date,hour,type` 加每站
    一列），按日读取，顺序不限；给出目录即读取其中的 *.csv 文件。大文件用全部处理器核心
    并行读取。各格式的示例见 docs/hourly-formats.md。

    选项：
      --stations FILE     站点列表：`station,district`，可另有 `name_zh`、`street`、`national_code`、
                          `type`（城区/郊区/交通污染监控点/对照点及区域点）；名称按计划的写法，可用
                          别名。覆盖全市各区的列表另给出北京市的行
      --standard S        auto（默认：2026-03-01 前按 HJ 633—2012，此后按 HJ 633—2026），
                          2012 或 2026 则每天都按同一版本计算（“假如”）
      --exclude FILE      剔除的（沙尘）日期：`date,reason`。小时文件中 `flag` 列为 沙尘 的日期
                          也会剔除。含剔除日期的月份带 sand_dust 标记；数值按全部天数计算，
                          说明中给出剔除的天数和不含这些天的数值
      --from, --to        写出的第一个和最后一个月份（YYYY-MM）
      --output FILE       月度文件（默认：屏幕输出）；原子写入
      --daily FILE        另写出日表：日期、区域、各污染物浓度、IAQI、AQI、类别、首要污染物、
                          标准版本
      --include-stations  另写出各站点的行，`scope` 为站点代码（不属于范围目录：`tracker evaluate`
                          不读这些行）
      --include-traffic   交通污染监控点计入所在区和全市
      --include-background  对照点及区域点也计入；不加这两个选项时，这些站点只单独列出
      --unit P=U          表头未注明单位的列的单位，如 CO=mg/m3
      --timezone 时区     表头未注明时区时文件中时间的时区（有 `utc_time` 列即为协调世界时）：`UTC`、
                          `UTC+8`、`+08:00`、`Asia/Shanghai`。默认：北京时间。先换算为北京时间再划分日
      --targets DIR       scopes.catalog 所在目录（默认：Targets）
      --workers N         使用的处理器核心数（默认：全部）
      --verbose           列出读取情况（分块、并行数、未结束的日期）
    \(HelpText.commonOptions(.zh, width: 22))

    示例：
      tracker aggregate --stations Samples/beijing-multisite-stations.csv ../shared/data/beijing-multisite \\
          --from 2014-01 --to 2016-12 --output Samples/dongcheng-xicheng-2014-2016.csv
      tracker aggregate --stations Samples/beijing-multisite-stations.csv ../shared/data/beijing-multisite \\
          --standard 2026 --daily daily.csv --include-stations > monthly.csv
      tracker aggregate --stations ../shared/data/beijing-native/stations.csv ../shared/data/beijing-native/2016 \\
          --include-traffic --output beijing-2016.csv
    （../shared/data：本仓库旁的真实站点数据。）
    """
}

extension RankCommand {
    static let helpZh = """
    用法：tracker rank --data FILE … --indicator NAME --period YYYY-MM [--cumulative]
          tracker rank --hourly FILE … --stations FILE [--exclude FILE] [--standard \(StandardOption.helpList)]
                       --indicator NAME --period YYYY-MM [--cumulative]
                       [--level \(RankLevel.helpList)] [--within NAME] [--targets P …]
                       [--format \(RankFormat.helpList)] [--output FILE [--output-encoding E]] [--wide]

    按北京市公布月度排名表的方式，对数据中的各区（或各街乡镇）就一项指标排名：按公布精度的数值
    （PM2.5 在 2023 年及以前取整、2024 年起保留 1 位小数；优良天数比率和降尘量保留 1 位小数）
    由好到差（浓度由低到高），公布值相同者名次并列（1、1、3）；并按与上年同期相比的变化排名
    （同比 =（本期 ÷ 上年同期 − 1）× 100，由公布值计算，保留 1 位小数），降幅最大者居首。
    加 --cumulative 时为当年 1 月至该月的累计值：各月数值按有效天数加权平均（而非各月均值的
    简单平均）。沙尘影响的月份和日期与评估时一样扣除。加 --hourly 时先由小时站点数据汇总出各区
    （及街道）的月度数值，与 `evaluate --hourly` 完全相同。规则见 docs/rankings.md。

    选项：
      --data FILE …     月度监测数据（含上年数据，才能计算同比）
      --hourly FILE …   小时站点数据文件（或目录），代替（或补充）月度数据，须同时给出 --stations
      --stations FILE   站点列表（`station,name_zh,street,district`），用于 --hourly
      --standard S      --hourly：auto（按每天适用的 AQI 标准）、2012 或 2026
      --exclude FILE    --hourly：不计入统计的沙尘日期（`date,reason`）
      --include-traffic, --include-background
                        --hourly：交通污染监控点或对照点及区域点也计入所在区
                        （默认只用评价点）
      --indicator NAME  指标代码、中文名称或别名（`tracker indicators` 列出全部指标）
      --period YYYY-MM  排名的月份
      --cumulative      当年 1 月至该月累计，而非单月
      --level L         district（区，默认）或 street（街乡镇）
      --within NAME     只排该范围以下的范围（西城区：其各街道）；街乡镇按区公布的街乡镇表
                        （街乡镇 | PM2.5浓度 | 区级倒排名）列出，由差到好
      --targets P …     目录文件所在位置（默认：随附的 Targets）
      --format F        table（默认：公布的表格样式）、csv、json 或 xlsx（Excel 工作簿：
                        排名、明细、说明三个工作表；须给出 --output）
      --output FILE     写入该文件（原子写入），而不是标准输出
    \(CSVFile.helpZh)
      --wide            表格：显示全部列，不论终端宽度
    \(HelpText.commonOptions(.zh, width: 17))

    示例：
      tracker rank --data Samples/dongcheng-xicheng-2014-2016.csv --indicator PM2.5 --period 2016-03
      tracker rank --data Samples/dongcheng-xicheng-2014-2016.csv --indicator PM2.5 --period 2016-03 --cumulative
      tracker rank --data Samples/xicheng-2025-synthetic.csv --indicator PM2.5 --period 2025-06 --level street --within 西城区
      tracker rank --data Samples/dongcheng-xicheng-2014-2016.csv --indicator PM2.5 --period 2016-03 --format xlsx --output 排名.xlsx
      tracker rank --hourly ../shared/data/beijing-multisite --stations Samples/beijing-multisite-stations.csv --indicator PM2.5 --period 2016-03
    """
}

extension HistoryCommand {
    static let helpZh = """
    用法：tracker history --ledger DIR [--plan ID] [--format \(LedgerFormat.helpList)]
                          [--output FILE [--output-encoding E]] [--wide]

    按计划、范围和目标列出台账目录 DIR（由 `tracker evaluate … --record DIR` 写入）中每个已记录
    月份的实测值和判定；标题注明以其他数据再次记录（修订）的月份。文件格式见 docs/ledger.md。

    选项：
      --ledger DIR      台账目录
      --plan ID         只看该计划
      --format F        table（默认，表格）、csv（每条目标每个月一行；表头用所选语言）或 json
                        （键名为英文，两种语言输出相同）
      --output FILE     写入该文件（原子写入）而不是标准输出
    \(CSVFile.helpZh)
      --wide            显示全部列，不论终端宽度
    \(HelpText.commonOptions(.zh, width: 17))

    示例：
      tracker evaluate --targets Targets --plan xicheng-2025 --data Samples/xicheng-2025-synthetic.csv --as-of 2025-05 --record 台账
      tracker evaluate --targets Targets --plan xicheng-2025 --data Samples/xicheng-2025-synthetic.csv --as-of 2025-06 --record 台账
      tracker history --ledger 台账
      tracker history --ledger 台账 --format csv --output 历史.csv
    """
}

extension ChangesCommand {
    static let helpZh = """
    用法：tracker changes --ledger DIR [--since YYYY-MM] [--plan ID] [--format \(LedgerFormat.helpList)]
                          [--output FILE [--output-encoding E]] [--wide]

    列出台账目录 DIR 中相邻两个已记录月份之间的变化：判定的变化（新增未达标、恢复、其他变化）
    及其原因（新一个月的数据、目标文件有变化），以及某月以修订数据再次记录时改变的数值
    （`2025-03 西城区 PM2.5年均浓度 41 → 42`）。不加 --since 时：各计划最后两个月。文件格式见
    docs/ledger.md。

    选项：
      --ledger DIR      台账目录
      --since YYYY-MM   从以该月结束的一对月份起的每一对
      --plan ID         只看该计划
      --format F        table（默认，表格）、csv（每个判定变化一行；表头用所选语言）或 json（键名为
                        英文，两种语言输出相同；每个原因按 `tracker diff` 的名称给出，附详情，以及
                        修订改变的全部数值）
      --output FILE     写入该文件（原子写入）而不是标准输出
    \(CSVFile.helpZh)
      --wide            显示全部列，不论终端宽度
    \(HelpText.commonOptions(.zh, width: 17))

    示例：
      tracker changes --ledger 台账
      tracker changes --ledger 台账 --since 2025-05
      tracker changes --ledger 台账 --since 2025-05 --format json
    """
}

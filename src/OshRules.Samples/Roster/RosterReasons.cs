using System.Globalization;
using OshRules.Samples.Text;

namespace OshRules.Samples.Roster;

/// <summary>Why a roster row is rejected, in both languages. No reason quotes a cell: cells may be personal data.</summary>
internal static class RosterReasons
{
    public const string DateForms = "yyyy-MM-dd, yyyy/M/d, yyyy年M月d日, 115.1.2, 115/1/2, 民國115年1月2日";

    public static readonly Bilingual Utf16File = new(
        "the file is UTF-16 text: save it as \"CSV UTF-8\" (or as CSV in Big5)",
        "檔案為 UTF-16 文字：請另存為「CSV UTF-8」（或 Big5 的 CSV）");

    public static readonly Bilingual BinaryFile = new(
        "the file holds NUL bytes: it is not a CSV text file (save a workbook as CSV first)",
        "檔案含有 NUL 位元組，不是 CSV 文字檔（活頁簿請先另存為 CSV）");

    public static readonly Bilingual CarriageReturnLineEnds = new(
        "the file ends its lines with a carriage return alone: save it with CRLF or LF line ends",
        "檔案僅以 CR 換行：請以 CRLF 或 LF 換行另存");

    public static readonly Bilingual HeaderLacks = new("the header lacks this required column", "標題列缺少此必要欄位");

    public static readonly Bilingual UnterminatedQuote = new(
        "a quote opened on this line is not closed where a row can end: this line is rejected and the next line is read as a row of its own",
        "本行開啟的引號未在一列可結束處關閉：退回本行，下一行另作一列讀取");

    public static readonly Bilingual StrayQuote = new(
        "a quote inside an unquoted cell, or text after a closing quote (a cell holding quotes is written in quotes with its quotes doubled: \"5\"\" pipe\")",
        "未加引號的儲存格內含引號，或結束引號後仍有文字（含引號的儲存格須整格加引號，內部引號重複兩次：\"5\"\" pipe\"）");

    public static readonly Bilingual LineTooLong = new("the line is longer than 1 MiB", "本行超過 1 MiB");

    public static readonly Bilingual InvalidBytes = new(
        "the cell holds bytes that are not text in UTF-8 or Big5 (or in the --encoding given)",
        "儲存格含有非 UTF-8 或 Big5（或 --encoding 指定編碼）之位元組");

    public static readonly Bilingual NulByte = new("the cell holds a NUL byte", "儲存格含有 NUL 位元組");

    public static readonly Bilingual Required = new("a value is required", "必填");

    public static readonly Bilingual Sex = new("must be F or M (女 or 男)", "須為 F 或 M（女或男）");

    public static readonly Bilingual YesNo = new("must be Y or N (是 or 否)", "須為 Y 或 N（是或否）");

    public static readonly Bilingual WholeNumber = new("must be a whole number", "須為整數");

    public static readonly Bilingual Number = new("must be a number such as 12 or 0.5", "須為數字，例如 12 或 0.5");

    public static readonly Bilingual DecimalComma = new(
        "a comma in a number is ambiguous (a decimal comma or a thousands separator): write 0.5 or 1000",
        "數字中的逗號有歧義（小數點或千分位）：請寫 0.5 或 1000");

    public static readonly Bilingual NotADate = new(
        "is not a date: write " + DateForms,
        "不是日期：請寫 " + DateForms);

    public static readonly Bilingual NoSuchDay = new(
        "the day does not exist (months run from 1 to 12, days to the end of the month)",
        "該日不存在（月份為 1 至 12，日不得超過當月天數）");

    public static readonly Bilingual Signal = new(
        "must be a list of Diagnosed, ReportedSuspected, FrequentMedicalUse, AbnormalResignation, FrequentSickLeave",
        "須為 Diagnosed、ReportedSuspected、FrequentMedicalUse、AbnormalResignation、FrequentSickLeave 之清單");

    public static readonly Bilingual HandlingMode = new("must be intermittent or continuous", "須為 intermittent（間歇）或 continuous（連續）");

    public static readonly Bilingual Duration = new("must be 1m, 3m, 6m, 1y, 3y or over3y", "須為 1m、3m、6m、1y、3y 或 over3y");

    public static readonly Bilingual Attempt = new(
        "each attempt must be written date:score, e.g. 2026-10-01:85",
        "每次測驗須寫成 日期:分數，例如 2026-10-01:85");

    public static readonly Bilingual NodesViewed = new(
        "must be a whole number from 0 to course_nodes",
        "須為 0 至 course_nodes 之整數");

    public static Bilingual HeaderRepeats(string name) => new($"the header names column '{name}' twice", $"標題列重複欄位「{name}」");

    public static Bilingual HeaderUnreadable(Bilingual why) => new("the header row cannot be read: " + why.En, "無法讀取標題列：" + why.Zh);

    public static Bilingual CellCount(int cells, int header) => new(
        string.Create(CultureInfo.InvariantCulture, $"the row has {cells} cells where the header has {header}"),
        string.Create(CultureInfo.InvariantCulture, $"本列有 {cells} 格，標題列有 {header} 格"));

    public static Bilingual DuplicateId(int firstLine) => new(
        string.Create(CultureInfo.InvariantCulture, $"repeats the worker id of line {firstLine}; the first row counts"),
        string.Create(CultureInfo.InvariantCulture, $"員工編號與第 {firstLine} 行重複；以第一列為準"));

    public static Bilingual ScoresCount(int expected, int found) => new(
        string.Create(CultureInfo.InvariantCulture, $"needs {expected} pain/range pairs (one per body region), found {found}"),
        string.Create(CultureInfo.InvariantCulture, $"須有 {expected} 組「疼痛/範圍」分數（每部位一組），實有 {found} 組"));

    public static Bilingual ScoresPair(int pair) => new(
        string.Create(CultureInfo.InvariantCulture, $"pair {pair} must be pain/range, e.g. 3/1"),
        string.Create(CultureInfo.InvariantCulture, $"第 {pair} 組須寫成 疼痛/範圍，例如 3/1"));

    public static Bilingual CourseCellWithoutCourse(string column) => new(
        $"a value is required when {column} is given",
        $"填寫 {column} 時此欄必填");

    /// <summary>A rule of the library refused a value: its message (English, without the value) and its rule id.</summary>
    public static Bilingual Library(string message, string? rule) => new(
        message,
        rule is null ? "程式庫拒絕此值：" + message : $"不符合程式庫規則 {rule}：" + message);

    public static Bilingual Unforeseen(string exceptionType) => new(
        $"the row could not be read ({exceptionType})",
        $"無法讀取本列（{exceptionType}）");
}

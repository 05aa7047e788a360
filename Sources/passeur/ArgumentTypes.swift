import ArgumentParser
import PasseurKit

// The library's typed values, read from the command line. `CaseIterable` lets `--help` list
// the values and the default.

extension Severity: ExpressibleByArgument {}

extension FallbackPolicy: ExpressibleByArgument {}

extension ReportFormat: ExpressibleByArgument {}

extension SegmentationReport.Format: ExpressibleByArgument {}

extension StatisticsTable.Format: ExpressibleByArgument {}

extension Project.ExchangeFormat: ExpressibleByArgument {}

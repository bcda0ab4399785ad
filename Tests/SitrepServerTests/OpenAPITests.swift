import Foundation
import Hummingbird
import SitrepText
import Testing

/// The OpenAPI document at /api/openapi.json is the API's contract; these tests keep it true:
/// it lists exactly the routes the server has, and what each operation answers fits the schema
/// the document gives for it.
@Suite("OpenAPI document")
struct OpenAPITests {
    static func document(_ client: TestClient) async throws -> [String: Any] {
        try await client.request("/api/openapi.json").json()
    }

    @Test("the document lists exactly the API's routes")
    func routesMatch() async throws {
        let client = TestClient(store: try Fixture.store())
        let document = try await Self.document(client)
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let documented = Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
        #expect(documented == Set(client.operations))
    }

    @Test("every GET operation answers 200 with a body that fits its documented schema")
    func responsesFitSchemas() async throws {
        let client = TestClient(store: try Fixture.store())
        let document = try await Self.document(client)
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        for (path, operations) in paths.sorted(by: { $0.key < $1.key }) {
            guard let get = operations["get"] as? [String: Any] else { continue }
            let uri = path.replacingOccurrences(of: "{id}", with: Fixture.articles[0].id)
            let reply = try await client.request(uri)
            #expect(reply.status == .ok, "\(uri)")
            let schema = try #require(Self.schema(of: get, status: "200"))
            let body = try JSONSerialization.jsonObject(with: Data(reply.body.utf8))
            let problems = SchemaCheck(document: document).problems(body, schema, at: uri)
            #expect(problems.isEmpty, "\(problems.prefix(5))")
        }
    }

    @Test("errors fit the documented Error schema")
    func errorsFitSchema() async throws {
        let client = TestClient(store: try Fixture.store())
        let document = try await Self.document(client)
        let reply = try await client.request("/api/events?quadClass=9")
        #expect(reply.status == .badRequest)
        let body = try JSONSerialization.jsonObject(with: Data(reply.body.utf8))
        #expect(SchemaCheck(document: document).problems(body, ["$ref": "#/components/schemas/Error"], at: "error").isEmpty)
    }

    @Test("the document is valid OpenAPI 3.1 (openapi-spec-validator, when Python has it)")
    func validDocument() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/SitrepServer/Public/openapi.json")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import openapi_spec_validator, sys; openapi_spec_validator.validate(__import__('json').load(open(sys.argv[1])))", file.path]
        process.standardError = Pipe()
        guard (try? process.run()) != nil else { return }
        process.waitUntilExit()
        let stderr = String(decoding: (process.standardError as? Pipe)?.fileHandleForReading.readDataToEndOfFile() ?? Data(), as: UTF8.self)
        if stderr.contains("No module named") { return }
        #expect(process.terminationStatus == 0, "\(stderr)")
    }

    static func schema(of operation: [String: Any], status: String) -> Any? {
        let responses = operation["responses"] as? [String: Any]
        let response = responses?[status] as? [String: Any]
        let content = response?["content"] as? [String: Any]
        return (content?["application/json"] as? [String: Any])?["schema"]
    }
}

/// The part of JSON Schema the document uses: $ref, type (one or several), required,
/// properties, items, oneOf and enum.
struct SchemaCheck {
    let document: [String: Any]

    func problems(_ value: Any, _ schema: Any, at path: String) -> [String] {
        guard var schema = schema as? [String: Any] else { return [] }
        if let ref = schema["$ref"] as? String {
            var node: Any = document
            for part in ref.dropFirst(2).split(separator: "/") { node = (node as? [String: Any])?[String(part)] ?? [:] }
            schema = node as? [String: Any] ?? [:]
        }
        if let choices = schema["oneOf"] as? [Any] {
            return choices.contains { problems(value, $0, at: path).isEmpty } ? [] : ["\(path): fits none of oneOf"]
        }
        let types = (schema["type"] as? String).map { [$0] } ?? (schema["type"] as? [String]) ?? []
        if !types.isEmpty, !types.contains(where: { Self.fits(value, $0) }) { return ["\(path): \(value) is not \(types)"] }
        if let allowed = schema["enum"] as? [String], let text = value as? String, !allowed.contains(text) {
            return ["\(path): \(text) not in \(allowed)"]
        }
        var found: [String] = []
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { found.append("\(path): missing \(key)") }
            for (key, property) in schema["properties"] as? [String: Any] ?? [:] {
                if let member = object[key] { found += problems(member, property, at: "\(path).\(key)") }
            }
        }
        if let array = value as? [Any], let items = schema["items"] {
            for (index, element) in array.enumerated() { found += problems(element, items, at: "\(path)[\(index)]") }
        }
        return found
    }

    static func fits(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "null": return value is NSNull
        case "boolean": return (value as? NSNumber).map { String(cString: $0.objCType) == "c" } ?? false
        case "integer": return (value as? NSNumber).map { $0.doubleValue == $0.doubleValue.rounded() && !fits(value, "boolean") } ?? false
        case "number": return value is NSNumber && !fits(value, "boolean")
        default: return true
        }
    }
}

/// The copied tree reads as the in-place view does.
extension XMLElement: XMLElementReading {
    public func hasName(_ name: String) -> Bool { self.name == name }

    public func attribute(_ name: String) -> String? { attributes[name] }
}

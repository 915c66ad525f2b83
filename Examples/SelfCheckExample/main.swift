// An example of embedding the ptce core in another program: no file is read — the application
// comes as bytes, the schemas and the 2015 criteria are compiled into the binary. It prints, as
// JSON, the self-check of a valid application and of the same one with a wrong SIREN check digit.
// The end-to-end tests run it from an empty folder.
import Foundation
import PTCEPipeline

let eligible = """
    <application xmlns="urn:x-ptce:application:1" formatVersion="1" call="2015">
      <identity>
        <name>Pôle d’essai du Val de Loire</name>
        <submittedAt>2015-06-20T10:00:00+02:00</submittedAt>
        <stage>construction</stage>
        <summary>Application fictive servant à vérifier qu’une erreur précise est signalée à la bonne ligne.</summary>
        <requestedAmount>150000.00</requestedAmount>
      </identity>
      <carrier member="m01">
        <name>Association Pôle d’essai</name>
        <legalForm>association</legalForm>
        <siren>950001016</siren>
        <privateLaw>true</privateLaw>
      </carrier>
      <members>
        <member id="m01" person="legal">
          <name>Association Pôle d’essai</name>
          <legalForm>association</legalForm>
          <siren>950001016</siren>
          <category>ess-enterprise</category>
          <ess basis="status"/>
          <communeCode>37261</communeCode>
        </member>
        <member id="m02" person="legal">
          <name>Menuiserie de Touraine SAS</name>
          <legalForm>sas</legalForm>
          <siren>950001024</siren>
          <category>conventional-business</category>
          <ess basis="none"/>
          <communeCode>37261</communeCode>
        </member>
        <member id="m03" person="legal">
          <name>Ville de Tours</name>
          <legalForm>commune</legalForm>
          <siren>950001032</siren>
          <category>local-authority</category>
          <communeCode>37261</communeCode>
        </member>
      </members>
      <territory>
        <name>Tours (Indre-et-Loire)</name>
        <departement>37</departement>
        <commune>37261</commune>
      </territory>
      <innovation social="true" technological="false"/>
      <budget currency="EUR">
        <year index="1" calendarYear="2016">
          <eligibleCosts>100000.00</eligibleCosts>
          <resource source="call-request" amount="50000.00"/>
          <resource source="local-authority" funder="Ville de Tours" amount="20000.00"/>
          <resource source="sales" amount="25000.00"/>
          <resource source="membership-fees" amount="5000.00"/>
        </year>
        <year index="2" calendarYear="2017">
          <eligibleCosts>100000.00</eligibleCosts>
          <resource source="call-request" amount="50000.00"/>
          <resource source="local-authority" funder="Ville de Tours" amount="15000.00"/>
          <resource source="sales" amount="30000.00"/>
          <resource source="membership-fees" amount="5000.00"/>
        </year>
        <year index="3" calendarYear="2018">
          <eligibleCosts>100000.00</eligibleCosts>
          <resource source="call-request" amount="50000.00"/>
          <resource source="local-authority" funder="Ville de Tours" amount="10000.00"/>
          <resource source="sales" amount="35000.00"/>
          <resource source="membership-fees" amount="5000.00"/>
        </year>
      </budget>
      <previousStateSupport received="false"/>
    </application>
    """

let wrongSiren = eligible.replacingOccurrences(
    of: "<siren>950001016</siren>\n    <privateLaw>", with: "<siren>950001017</siren>\n    <privateLaw>")

let outcomes = [
    SelfCheck.check(bytes: Array(eligible.utf8), name: "eligible.xml", call: "2015"),
    SelfCheck.check(bytes: Array(wrongSiren.utf8), name: "wrong-siren.xml", call: "2015"),
]
let encoder = JSONEncoder()
encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
FileHandle.standardOutput.write(try encoder.encode(outcomes))
FileHandle.standardOutput.write(Data("\n".utf8))
